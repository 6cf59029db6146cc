package com.exitdesk.inbox;

import com.exitdesk.engine.ProcessVariables;
import com.exitdesk.shared.CurrentUser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs the submission rules the task's owners contribute; a task nobody judges has its form only.
 */
@Component
class SubmissionChecks {

  private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

  private final List<SubmissionRules> rules;
  private final ObjectMapper json;

  SubmissionChecks(List<SubmissionRules> rules, ObjectMapper json) {
    this.rules = List.copyOf(rules);
    this.json = json;
  }

  Map<String, Object> check(
      long taskId,
      String elementId,
      Map<String, Object> taskVariables,
      Map<String, Object> submitted,
      CurrentUser user,
      LocalDate today) {
    Map<String, Object> derived = new HashMap<>();
    for (SubmissionRules judge : rules) {
      if (judge.judges(elementId)) {
        ProcessVariables added =
            judge.check(taskId, elementId, taskVariables, submitted, user, today);
        if (added != null) {
          derived.putAll(json.convertValue(added, VARIABLES));
        }
      }
    }
    return derived;
  }

  boolean mayRefuse(String elementId) {
    return rules.stream().anyMatch(judge -> judge.mayRefuse(elementId));
  }

  /** The first refusal of the rules that judge this task, or null. */
  String refusal(String elementId, Map<String, Object> taskVariables, CurrentUser user) {
    for (SubmissionRules judge : rules) {
      if (judge.mayRefuse(elementId)) {
        String refusal = judge.refusal(elementId, taskVariables, user);
        if (refusal != null) {
          return refusal;
        }
      }
    }
    return null;
  }
}
