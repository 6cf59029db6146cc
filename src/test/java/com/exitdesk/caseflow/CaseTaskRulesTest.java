package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.ForbiddenException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who decided a task goes on with it; nobody approves the exit they proposed. */
class CaseTaskRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final CurrentUser OLIVIA = new CurrentUser("olivia", Set.of("OPS"));
  private static final CurrentUser MARIA = new CurrentUser("maria", Set.of("MANAGER"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseTaskRules rules = new CaseTaskRules();

  @Test
  void whoDecidedIsRecordedForTheStepsAfter() {
    assertThat(check(REVIEW_CONTRACT, Map.of(), OLIVIA))
        .containsExactly(Map.entry("exitDecidedBy", "olivia"));
    assertThat(check(APPROVE_TERMINATION, Map.of("exitDecidedBy", "olivia"), MARIA))
        .containsExactly(Map.entry("approvedBy", "maria"));
  }

  @Test
  void aCheckInKnowsItsInboxTaskAndWhoRecordedIt() {
    assertThat(check(HOLD_CHECK_IN, Map.of(), OLIVIA))
        .containsEntry("checkInRecordedBy", "olivia")
        .containsEntry("checkInTaskId", 7L);
  }

  @Test
  void theFourEyesRuleReadsTheVariableTheReviewWrites() {
    assertThat(CaseTaskRules.ExitDecidedBy.class.getRecordComponents()[0].getName())
        .isEqualTo(CaseTaskRules.ExitDecidedBy.VARIABLE);
  }

  @Test
  void aManagerCannotApproveTheExitTheyProposed() {
    assertThat(rules.refusal(APPROVE_TERMINATION, Map.of("exitDecidedBy", "maria"), MARIA))
        .isEqualTo("own-exit");
    assertThatThrownBy(() -> check(APPROVE_TERMINATION, Map.of("exitDecidedBy", "maria"), MARIA))
        .isInstanceOf(ForbiddenException.class);
  }

  private Map<String, Object> check(
      String elementId, Map<String, Object> taskVariables, CurrentUser user) {
    // As the inbox adds them to the completion.
    return JSON.convertValue(
        rules.check(7L, elementId, taskVariables, Map.of(), user, TODAY), new TypeReference<>() {});
  }
}
