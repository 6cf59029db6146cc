package com.exitdesk.inbox;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;

import com.exitdesk.web.CurrentUser;
import com.exitdesk.web.ForbiddenException;
import com.exitdesk.web.InvalidInputException;
import com.exitdesk.web.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The business rules of a submission beyond its form: what only makes sense together, and who may
 * decide. Adds who decided, which later steps and the four-eyes rule rely on.
 */
@Component
class TaskRules {

  Map<String, Object> check(
      String elementId,
      Map<String, Object> taskVariables,
      Map<String, Object> submitted,
      CurrentUser user,
      LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> derived = new HashMap<>();
    switch (elementId) {
      case REVIEW_CONTRACT -> {
        boolean fastExit = "FAST_EXIT".equals(taskVariables.get("recommendation"));
        Object decision = submitted.get("reviewDecision");
        if (fastExit && "REPAIR".equals(decision)) {
          errors.add(
              new FieldError("reviewDecision", "cannot be REPAIR: abuse was reported (fast exit)"));
        } else if (!fastExit && decision == null) {
          errors.add(new FieldError("reviewDecision", "is required"));
        }
        if (submitted.get("exitDate") instanceof String date
            && LocalDate.parse(date).isBefore(today)) {
          errors.add(new FieldError("exitDate", "must not be in the past"));
        }
        derived.put("exitDecidedBy", user.name());
      }
      case APPROVE_TERMINATION -> {
        if (Objects.equals(taskVariables.get("exitDecidedBy"), user.name())) {
          throw new ForbiddenException(
              "own-exit",
              "You reviewed this contract and proposed the exit: another manager must approve it",
              Map.of());
        }
        if ("REJECT".equals(submitted.get("approvalDecision"))
            && submitted.get("rejectionOutcome") == null) {
          errors.add(new FieldError("rejectionOutcome", "is required when rejecting"));
        }
        derived.put("approvedBy", user.name());
      }
      case COMPLETE_DELIVERABLE -> {
        if (submitted.get("deliveredOn") instanceof String date
            && LocalDate.parse(date).isAfter(today)) {
          errors.add(new FieldError("deliveredOn", "must not be in the future"));
        }
      }
      default -> {
        // The form alone decides.
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return derived;
  }
}
