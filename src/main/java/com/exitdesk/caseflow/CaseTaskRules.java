package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;

import com.exitdesk.inbox.SubmissionRules;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.ForbiddenException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The business rules of a case task's submission beyond its form: what only makes sense together,
 * and who may decide. Adds who decided, which later steps and the four-eyes rule rely on.
 */
@Component
class CaseTaskRules implements SubmissionRules {

  private static final Set<String> JUDGED =
      Set.of(
          REVIEW_CONTRACT,
          APPROVE_TERMINATION,
          DRAFT_NEW_TERMS,
          LESSONS_LEARNED,
          COMPLETE_DELIVERABLE,
          HOLD_CHECK_IN);

  @Override
  public boolean judges(String elementId) {
    return JUDGED.contains(elementId);
  }

  @Override
  public Map<String, Object> check(
      long taskId,
      String elementId,
      Map<String, Object> taskVariables,
      Map<String, Object> submitted,
      CurrentUser user,
      LocalDate today) {
    Map<String, Object> derived = new HashMap<>();
    if (HOLD_CHECK_IN.equals(elementId)) {
      // Several check-ins of one case can be open at once: the step that records one must know
      // which inbox task it was, to trust the person who completed it.
      derived.put("checkInTaskId", taskId);
    }
    derived.putAll(check(elementId, taskVariables, submitted, user, today));
    return derived;
  }

  @Override
  public boolean mayRefuse(String elementId) {
    return APPROVE_TERMINATION.equals(elementId);
  }

  @Override
  public String refusal(String elementId, Map<String, Object> taskVariables, CurrentUser user) {
    return isOwnExit(elementId, taskVariables, user) ? "own-exit" : null;
  }

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
        boolean earlyTermination = Boolean.TRUE.equals(submitted.get("earlyTerminationAgreed"));
        if (submitted.get("exitDate") instanceof String date) {
          LocalDate exitDate = LocalDate.parse(date);
          int notice = noticePeriod(taskVariables, submitted);
          LocalDate earliest = today.plusDays(notice);
          if (exitDate.isBefore(today)) {
            errors.add(new FieldError("exitDate", "must not be in the past"));
          } else if (exitDate.isBefore(earliest) && !earlyTermination) {
            errors.add(
                new FieldError(
                    "exitDate",
                    ("must be on or after %s: the contract's notice period of %d days runs from"
                            + " today. Choose a later date (the end of the current term is best),"
                            + " or record that an early termination was agreed with the client,"
                            + " with its fee")
                        .formatted(earliest, notice)));
          }
        }
        boolean exit = fastExit || "EXIT".equals(decision);
        if (exit
            && !Boolean.TRUE.equals(submitted.get("canTerminateLegally"))
            && !earlyTermination) {
          errors.add(
              new FieldError(
                  "canTerminateLegally",
                  "an exit needs a legal basis the letter can state: confirm that the termination"
                      + " clause allows it, or record that an early termination was agreed"));
        }
        if (earlyTermination && !(submitted.get("earlyTerminationFee") instanceof Number)) {
          errors.add(
              new FieldError(
                  "earlyTerminationFee", "is required when an early termination is agreed"));
        }
        derived.put("exitDecidedBy", user.name());
      }
      case APPROVE_TERMINATION -> {
        if (isOwnExit(elementId, taskVariables, user)) {
          throw new ForbiddenException(
              "own-exit",
              "You reviewed this contract and proposed the exit: another manager must approve it",
              Map.of());
        }
        if ("REJECT".equals(submitted.get("approvalDecision"))
            && submitted.get("rejectionOutcome") == null) {
          errors.add(new FieldError("rejectionOutcome", "is required when rejecting"));
        }
        Object repairOutcome = taskVariables.get("repairOutcome");
        boolean repairFailed =
            "PROPOSAL_DECLINED".equals(repairOutcome) || "PROPOSAL_EXPIRED".equals(repairOutcome);
        if (repairFailed
            && "APPROVE".equals(submitted.get("approvalDecision"))
            && !(submitted.get("exitJustification") instanceof String reasons
                && reasons.strip().length() >= 10)) {
          errors.add(
              new FieldError(
                  "exitJustification",
                  "is required (at least 10 characters) after a failed repair: the review's"
                      + " justification argued for the repair, the letter needs the reasons for"
                      + " the exit"));
        }
        derived.put("approvedBy", user.name());
      }
      case DRAFT_NEW_TERMS -> derived.put("termsDraftedBy", user.name());
      case LESSONS_LEARNED -> derived.put("retrospectiveBy", user.name());
      case COMPLETE_DELIVERABLE -> {
        if (submitted.get("deliveredOn") instanceof String date
            && LocalDate.parse(date).isAfter(today)) {
          errors.add(new FieldError("deliveredOn", "must not be in the future"));
        }
      }
      case HOLD_CHECK_IN -> {
        Object outcome = submitted.get("checkInOutcome");
        boolean agreed = submitted.get("checkInAgreed") instanceof String text && !text.isBlank();
        if ("HELD".equals(outcome) && !agreed) {
          errors.add(
              new FieldError(
                  "checkInAgreed",
                  "is required when the check-in was held: say what was agreed, even if only to"
                      + " carry on as planned"));
        }
        if (!"HELD".equals(outcome) && agreed) {
          errors.add(
              new FieldError("checkInAgreed", "can only be given when the check-in was held"));
        }
        if (Boolean.TRUE.equals(submitted.get("logMissedCheckInStrike"))
            && !"CLIENT_ABSENT".equals(outcome)) {
          errors.add(
              new FieldError(
                  "logMissedCheckInStrike",
                  "can only be chosen when the client did not attend the check-in"));
        }
        derived.put("checkInRecordedBy", user.name());
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

  /**
   * Whether the user proposed the exit this task approves: they see the task, but another manager
   * decides it (four eyes).
   */
  static boolean isOwnExit(String elementId, Map<String, Object> taskVariables, CurrentUser user) {
    return APPROVE_TERMINATION.equals(elementId)
        && Objects.equals(taskVariables.get("exitDecidedBy"), user.name());
  }

  /** The longer of the notice period the reviewer entered and the one on the contract. */
  private static int noticePeriod(
      Map<String, Object> taskVariables, Map<String, Object> submitted) {
    int entered = submitted.get("noticePeriodDays") instanceof Number n ? n.intValue() : 0;
    int contract =
        taskVariables.get("contractNoticePeriodDays") instanceof Number n ? n.intValue() : 0;
    return Math.max(entered, contract);
  }
}
