package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;

import com.exitdesk.engine.ProcessVariables;
import com.exitdesk.inbox.SubmissionRules;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.ForbiddenException;
import java.time.LocalDate;
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
  public ProcessVariables check(
      long taskId,
      String elementId,
      Map<String, Object> taskVariables,
      Map<String, Object> submitted,
      CurrentUser user,
      LocalDate today) {
    return switch (elementId) {
      case REVIEW_CONTRACT -> new ExitDecidedBy(user.name());
      case APPROVE_TERMINATION -> {
        if (isOwnExit(elementId, taskVariables, user)) {
          throw new ForbiddenException(
              "own-exit",
              "You reviewed this contract and proposed the exit: another manager must approve it",
              Map.of());
        }
        yield new ApprovedBy(user.name());
      }
      case DRAFT_NEW_TERMS -> new TermsDraftedBy(user.name());
      case LESSONS_LEARNED -> new RetrospectiveBy(user.name());
      // Several check-ins of one case can be open at once: the step that records one must know
      // which inbox task it was, to trust the person who completed it.
      case HOLD_CHECK_IN -> new CheckInRecordedBy(taskId, user.name());
      default -> null; // Not a case task this judges.
    };
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
        && Objects.equals(taskVariables.get(ExitDecidedBy.VARIABLE), user.name());
  }

  /** Who reviewed the contract; the approval's four-eyes rule reads it from the task. */
  record ExitDecidedBy(String exitDecidedBy) implements ProcessVariables {

    /** The variable's name, for reading it from a task's variables. */
    static final String VARIABLE = "exitDecidedBy";
  }

  record ApprovedBy(String approvedBy) implements ProcessVariables {}

  record TermsDraftedBy(String termsDraftedBy) implements ProcessVariables {}

  record RetrospectiveBy(String retrospectiveBy) implements ProcessVariables {}

  /**
   * @param checkInTaskId the inbox task the check-in was recorded in
   */
  record CheckInRecordedBy(long checkInTaskId, String checkInRecordedBy)
      implements ProcessVariables {}
}
