package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a submission beyond its form: the exit date respects the contract's notice. */
class CaseTaskRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final CurrentUser OLIVIA = new CurrentUser("olivia", Set.of("OPS"));
  private static final CurrentUser MARIA = new CurrentUser("maria", Set.of("MANAGER"));

  private final CaseTaskRules rules = new CaseTaskRules();

  @Test
  void aHeldCheckInSaysWhatWasAgreedAndRecordsWhoHeldIt() {
    assertThat(
            errors(
                HOLD_CHECK_IN,
                Map.of(),
                Map.of("checkInOutcome", "HELD", "checkInNextSteps", "Minutes by Monday")))
        .extracting(FieldError::field)
        .containsExactly("checkInAgreed");
    assertThat(
            rules.check(
                HOLD_CHECK_IN,
                Map.of(),
                Map.of("checkInOutcome", "HELD", "checkInAgreed", "Carry on"),
                OLIVIA,
                TODAY))
        .containsEntry("checkInRecordedBy", "olivia");
  }

  @Test
  void aStrikeIsOfferedOnlyWhenTheClientDidNotAttend() {
    assertThat(
            errors(
                HOLD_CHECK_IN,
                Map.of(),
                Map.of("checkInOutcome", "NOT_HELD", "logMissedCheckInStrike", true)))
        .extracting(FieldError::field)
        .containsExactly("logMissedCheckInStrike");
    assertThat(
            rules.check(
                HOLD_CHECK_IN,
                Map.of(),
                Map.of("checkInOutcome", "CLIENT_ABSENT", "logMissedCheckInStrike", true),
                OLIVIA,
                TODAY))
        .containsEntry("checkInRecordedBy", "olivia");
  }

  @Test
  void anExitDateInsideTheNoticePeriodIsRefusedWithTheEarliestDateItAllows() {
    Map<String, Object> review = review(TODAY.plusDays(29), 30);

    assertThat(errors(REVIEW_CONTRACT, Map.of(), review))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("exitDate");
              assertThat(e.message())
                  .contains(
                      "on or after 2026-12-24", "notice period of 30 days", "early termination");
            });
  }

  @Test
  void theEndOfTheNoticePeriodOrLaterIsAccepted() {
    assertThat(
            rules.check(REVIEW_CONTRACT, Map.of(), review(TODAY.plusDays(30), 30), OLIVIA, TODAY))
        .containsEntry("exitDecidedBy", "olivia");
  }

  @Test
  void theContractsNoticePeriodCountsEvenIfTheReviewerEnteredAShorterOne() {
    Map<String, Object> variables = Map.of("contractNoticePeriodDays", 60);

    assertThat(errors(REVIEW_CONTRACT, variables, review(TODAY.plusDays(40), 10)))
        .extracting(FieldError::field)
        .containsExactly("exitDate");
  }

  @Test
  void anAgreedEarlyTerminationWithItsFeeAllowsAnEarlierDate() {
    Map<String, Object> review = review(TODAY.plusDays(5), 30);
    review.put("earlyTerminationAgreed", true);

    assertThat(rules.check(REVIEW_CONTRACT, Map.of(), review, OLIVIA, TODAY))
        .containsEntry("exitDecidedBy", "olivia");

    review.remove("earlyTerminationFee");
    assertThat(errors(REVIEW_CONTRACT, Map.of(), review))
        .extracting(FieldError::field)
        .containsExactly("earlyTerminationFee");
  }

  @Test
  void anExitNeedsALegalBasisTheLetterCanState() {
    Map<String, Object> review = review(TODAY.plusDays(60), 30);
    review.put("canTerminateLegally", false);

    assertThat(errors(REVIEW_CONTRACT, Map.of(), review))
        .extracting(FieldError::field)
        .containsExactly("canTerminateLegally");
    review.put("reviewDecision", "REPAIR");
    assertThat(rules.check(REVIEW_CONTRACT, Map.of(), review, OLIVIA, TODAY)).isNotNull();
  }

  @Test
  void approvingAnExitAfterADeclinedProposalNeedsTheReasonsForTheClient() {
    Map<String, Object> variables =
        Map.of("exitDecidedBy", "olivia", "repairOutcome", "PROPOSAL_DECLINED");
    Map<String, Object> approval = new HashMap<>();
    approval.put("approvalDecision", "APPROVE");
    approval.put("approvalComment", "Agreed.");

    assertThat(errors(APPROVE_TERMINATION, variables, approval, MARIA))
        .extracting(FieldError::field)
        .containsExactly("exitJustification");
    approval.put("exitJustification", "Without new terms the workload stays above the fee.");
    assertThat(rules.check(APPROVE_TERMINATION, variables, approval, MARIA, TODAY))
        .containsEntry("approvedBy", "maria");
    assertThat(
            rules.check(
                APPROVE_TERMINATION,
                Map.of("exitDecidedBy", "olivia"),
                Map.of("approvalDecision", "APPROVE", "approvalComment", "Agreed."),
                MARIA,
                TODAY))
        .as("a direct exit keeps the review's reasons")
        .containsEntry("approvedBy", "maria");
  }

  private static Map<String, Object> review(LocalDate exitDate, int noticePeriodDays) {
    Map<String, Object> review = new HashMap<>();
    review.put("canTerminateLegally", true);
    review.put("terminationClause", "Clause 9: 30 days' written notice");
    review.put("exitDate", exitDate.toString());
    review.put("noticePeriodDays", noticePeriodDays);
    review.put("earlyTerminationFee", 0);
    review.put("refundAmount", 0);
    review.put("reviewDecision", "EXIT");
    review.put("justification", "Repeated scope disputes the team cannot absorb.");
    return review;
  }

  private java.util.List<FieldError> errors(
      String elementId, Map<String, Object> variables, Map<String, Object> submitted) {
    return errors(elementId, variables, submitted, OLIVIA);
  }

  private java.util.List<FieldError> errors(
      String elementId,
      Map<String, Object> variables,
      Map<String, Object> submitted,
      CurrentUser user) {
    return ((InvalidInputException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> rules.check(elementId, variables, submitted, user, TODAY)))
        .getErrors();
  }

  @Test
  void aFastExitIsAnExitToo() {
    Map<String, Object> review = review(TODAY.plusDays(60), 30);
    review.remove("reviewDecision");
    review.put("canTerminateLegally", false);

    assertThatThrownBy(
            () ->
                rules.check(
                    REVIEW_CONTRACT, Map.of("recommendation", "FAST_EXIT"), review, OLIVIA, TODAY))
        .isInstanceOf(InvalidInputException.class);
  }
}
