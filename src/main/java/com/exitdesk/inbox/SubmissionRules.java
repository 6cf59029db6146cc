package com.exitdesk.inbox;

import com.exitdesk.engine.ProcessVariables;
import com.exitdesk.shared.CurrentUser;
import java.time.LocalDate;
import java.util.Map;

/**
 * The business rules of a user task's submission beyond its form, contributed by the module that
 * owns the task (the case, the criteria review): the inbox runs them and knows no task's meaning.
 */
public interface SubmissionRules {

  /** Whether these rules judge the submissions of this user task (its BPMN element id). */
  boolean judges(String elementId);

  /**
   * The record of each of this module's forms whose rules the form cannot declare (dates against
   * today, rules across fields or with the task's variables), by form id: Bean Validation
   * constraints and {@link SubmissionRule} methods, checked after the form's own rules. A form
   * without a record is decided by its own rules alone.
   */
  default Map<String, Class<? extends Record>> formRecords() {
    return Map.of();
  }

  /**
   * Checks a submission the form accepted; refuses it with {@code InvalidInputException} (what to
   * correct) or {@code ForbiddenException} (who may not decide).
   *
   * @param taskId the inbox task submitted, for steps that must know which task it was
   * @return variables the rules add, such as who decided, which later steps rely on; null when they
   *     add none
   */
  ProcessVariables check(
      long taskId,
      String elementId,
      Map<String, Object> taskVariables,
      Map<String, Object> submitted,
      CurrentUser user,
      LocalDate today);

  /**
   * Whether some users may see this task but never complete it. Only such tasks are asked for a
   * {@link #refusal}: it needs the task's variables, which the inbox reads only then.
   */
  default boolean mayRefuse(String elementId) {
    return false;
  }

  /**
   * Why this user may see the task but not complete it (a problem code such as {@code own-exit}),
   * or null when they may.
   */
  default String refusal(String elementId, Map<String, Object> taskVariables, CurrentUser user) {
    return null;
  }
}
