package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;

import com.exitdesk.inbox.SubmissionRules;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.ForbiddenException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may decide a case task, and who did: the four-eyes rule, and the name of the person who
 * decided, which later steps and the four-eyes rule rely on. What a submission may contain is its
 * form's business and its record's ({@link #formRecords()}, checked by the inbox).
 */
@Component
class CaseTaskRules implements SubmissionRules {

  private static final Set<String> JUDGED =
      Set.of(REVIEW_CONTRACT, APPROVE_TERMINATION, DRAFT_NEW_TERMS, LESSONS_LEARNED, HOLD_CHECK_IN);

  @Override
  public boolean judges(String elementId) {
    return JUDGED.contains(elementId);
  }

  @Override
  public Map<String, Class<? extends Record>> formRecords() {
    return Map.of(
        "form_review_contract", ReviewContractSubmission.class,
        "form_approve_termination", ApproveTerminationSubmission.class,
        "form_complete_deliverable", CompleteDeliverableSubmission.class);
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
    switch (elementId) {
      case REVIEW_CONTRACT -> derived.put("exitDecidedBy", user.name());
      case APPROVE_TERMINATION -> {
        if (isOwnExit(elementId, taskVariables, user)) {
          throw new ForbiddenException(
              "own-exit",
              "You reviewed this contract and proposed the exit: another manager must approve it",
              Map.of());
        }
        derived.put("approvedBy", user.name());
      }
      case DRAFT_NEW_TERMS -> derived.put("termsDraftedBy", user.name());
      case LESSONS_LEARNED -> derived.put("retrospectiveBy", user.name());
      case HOLD_CHECK_IN -> {
        // Several check-ins of one case can be open at once: the step that records one must know
        // which inbox task it was, to trust the person who completed it.
        derived.put("checkInTaskId", taskId);
        derived.put("checkInRecordedBy", user.name());
      }
      default -> {
        // Not a case task this judges.
      }
    }
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

  /**
   * Whether the user proposed the exit this task approves: they see the task, but another manager
   * decides it (four eyes).
   */
  static boolean isOwnExit(String elementId, Map<String, Object> taskVariables, CurrentUser user) {
    return APPROVE_TERMINATION.equals(elementId)
        && Objects.equals(taskVariables.get("exitDecidedBy"), user.name());
  }
}
