package com.exitdesk.criteria;

import com.exitdesk.inbox.SubmissionRules;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a criteria review's submission must hold beyond its form: a change states its new figures,
 * differs from the criteria in force and gives its reason, which goes on the audit trail.
 */
@Component
class CriteriaTaskRules implements SubmissionRules {

  @Override
  public boolean judges(String elementId) {
    return CriteriaReviewModel.USER_TASK.equals(elementId);
  }

  @Override
  public Map<String, Object> check(
      long taskId,
      String elementId,
      Map<String, Object> taskVariables,
      Map<String, Object> submitted,
      CurrentUser user,
      LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if ("CHANGE".equals(submitted.get("criteriaDecision"))) {
      Object threshold =
          submitted.getOrDefault("strikeThreshold", taskVariables.get("strikeThreshold"));
      Object window =
          submitted.getOrDefault("strikeWindowMonths", taskVariables.get("strikeWindowMonths"));
      if (!(threshold instanceof Number)) {
        errors.add(new FieldError("strikeThreshold", "is required when changing the criteria"));
      }
      if (!(window instanceof Number)) {
        errors.add(new FieldError("strikeWindowMonths", "is required when changing the criteria"));
      }
      if (threshold instanceof Number t
          && window instanceof Number w
          && taskVariables.get("currentThreshold") instanceof Number currentThreshold
          && taskVariables.get("currentWindowMonths") instanceof Number currentWindow
          && t.intValue() == currentThreshold.intValue()
          && w.intValue() == currentWindow.intValue()) {
        errors.add(
            new FieldError(
                "strikeThreshold",
                "is the threshold in force, and so is the window: change one of them, or"
                    + " keep the criteria"));
      }
      if (!(submitted.get("changeReason") instanceof String reason
          && reason.strip().length() >= 10)) {
        errors.add(
            new FieldError(
                "changeReason",
                "is required (at least 10 characters) when changing the criteria: it goes on"
                    + " the audit trail"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return Map.of("reviewedBy", user.name());
  }
}
