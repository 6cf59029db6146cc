package com.exitdesk.inbox;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;

import com.exitdesk.criteria.CriteriaReviewModel;
import com.exitdesk.web.CurrentUser;
import com.exitdesk.web.ForbiddenException;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may decide a task, and who did: the four-eyes rule, and the name of the person who decided,
 * which later steps and the four-eyes rule rely on. What a submission may contain is the form's
 * business and its record's ({@link FormValidator}).
 */
@Component
class TaskRules {

  Map<String, Object> check(String elementId, Map<String, Object> taskVariables, CurrentUser user) {
    return switch (elementId) {
      case REVIEW_CONTRACT -> Map.of("exitDecidedBy", user.name());
      case APPROVE_TERMINATION -> {
        if (isOwnExit(elementId, taskVariables, user)) {
          throw new ForbiddenException(
              "own-exit",
              "You reviewed this contract and proposed the exit: another manager must approve it",
              Map.of());
        }
        yield Map.of("approvedBy", user.name());
      }
      case DRAFT_NEW_TERMS -> Map.of("termsDraftedBy", user.name());
      case LESSONS_LEARNED -> Map.of("retrospectiveBy", user.name());
      case CriteriaReviewModel.USER_TASK -> Map.of("reviewedBy", user.name());
      case HOLD_CHECK_IN -> Map.of("checkInRecordedBy", user.name());
      default -> Map.of();
    };
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
