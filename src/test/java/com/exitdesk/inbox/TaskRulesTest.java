package com.exitdesk.inbox;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exitdesk.web.CurrentUser;
import com.exitdesk.web.ForbiddenException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who decided a task goes on with it; nobody approves the exit they proposed. */
class TaskRulesTest {

  private static final CurrentUser OLIVIA = new CurrentUser("olivia", Set.of("OPS"));
  private static final CurrentUser MARIA = new CurrentUser("maria", Set.of("MANAGER"));

  private final TaskRules rules = new TaskRules();

  @Test
  void whoDecidedIsRecordedForTheStepsAfter() {
    assertThat(rules.check(REVIEW_CONTRACT, Map.of(), OLIVIA))
        .containsExactly(Map.entry("exitDecidedBy", "olivia"));
    assertThat(rules.check(HOLD_CHECK_IN, Map.of(), OLIVIA))
        .containsExactly(Map.entry("checkInRecordedBy", "olivia"));
    assertThat(rules.check(APPROVE_TERMINATION, Map.of("exitDecidedBy", "olivia"), MARIA))
        .containsExactly(Map.entry("approvedBy", "maria"));
  }

  @Test
  void aManagerCannotApproveTheExitTheyProposed() {
    assertThatThrownBy(
            () -> rules.check(APPROVE_TERMINATION, Map.of("exitDecidedBy", "maria"), MARIA))
        .isInstanceOf(ForbiddenException.class);
  }
}
