package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.exitdesk.shared.InvalidInputException.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules a form cannot declare, from each form's record: dates against today, rules across
 * fields and with the case. Each is checked through the whole validator, as a submission meets it.
 */
class FormRecordsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FormValidator VALIDATOR =
      new FormValidator(
          Clock.fixed(Instant.parse("2026-11-24T23:30:00Z"), ZoneOffset.UTC), TaskOwners.ALL);

  @Test
  void anExitDateInsideTheNoticePeriodIsRefusedWithTheEarliestDateItAllows() {
    List<FieldError> errors = reviewErrors(Map.of(), review(TODAY.plusDays(29), 30));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("exitDate");
              assertThat(e.code()).isEqualTo("within-notice-period");
              assertThat(e.limit()).isEqualTo("2026-12-24");
              assertThat(e.message())
                  .contains(
                      "on or after 2026-12-24", "notice period of 30 days", "early termination");
            });
  }

  @Test
  void theEndOfTheNoticePeriodOrLaterIsAccepted() {
    assertThat(reviewErrors(Map.of(), review(TODAY.plusDays(30), 30))).isEmpty();
  }

  @Test
  void aDateInThePastIsSaidPlainly() {
    assertThat(reviewErrors(Map.of(), review(TODAY.minusDays(1), 30)))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("exitDate", "in-the-past"));
  }

  @Test
  void theContractsNoticePeriodCountsEvenIfTheReviewerEnteredAShorterOne() {
    Map<String, Object> onFile = Map.of("contract", Map.of("noticePeriodDays", 60));
    assertThat(reviewErrors(onFile, review(TODAY.plusDays(40), 10)))
        .extracting(FieldError::field, FieldError::limit)
        .containsExactly(tuple("exitDate", "2027-01-23"));
  }

  @Test
  void aTaskCreatedBeforeTheContractBecameOneVariableStillCountsItsNoticePeriod() {
    assertThat(reviewErrors(Map.of("contractNoticePeriodDays", 60), review(TODAY.plusDays(40), 10)))
        .extracting(FieldError::field, FieldError::limit)
        .containsExactly(tuple("exitDate", "2027-01-23"));
  }

  @Test
  void anAgreedEarlyTerminationAllowsAnEarlierDate() {
    Map<String, Object> review = review(TODAY.plusDays(5), 30);
    review.put("earlyTerminationAgreed", true);

    assertThat(reviewErrors(Map.of(), review)).isEmpty();
  }

  @Test
  void anExitNeedsALegalBasisTheLetterCanState() {
    Map<String, Object> review = review(TODAY.plusDays(60), 30);
    review.put("canTerminateLegally", false);

    assertThat(reviewErrors(Map.of(), review))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("canTerminateLegally", "needs-legal-basis"));
    review.put("earlyTerminationAgreed", true);
    assertThat(reviewErrors(Map.of(), review)).as("an agreed early termination is one").isEmpty();
    review.put("earlyTerminationAgreed", false);
    review.put("reviewDecision", "REPAIR");
    assertThat(reviewErrors(Map.of(), review)).as("a repair ends nothing").isEmpty();
  }

  @Test
  void aFastExitIsAnExitTooAndCannotBeARepair() {
    Map<String, Object> review = review(TODAY.plusDays(60), 30);
    review.remove("reviewDecision");
    review.put("canTerminateLegally", false);
    Map<String, Object> fastExit = Map.of("recommendation", "FAST_EXIT");

    assertThat(reviewErrors(fastExit, review))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("canTerminateLegally", "needs-legal-basis"));
    review.put("canTerminateLegally", true);
    review.put("reviewDecision", "REPAIR");
    assertThat(reviewErrors(fastExit, review))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("reviewDecision", "not-applicable"));
  }

  @Test
  void theDecisionOfAReviewThatIsNotAFastExitIsRequired() {
    Map<String, Object> review = review(TODAY.plusDays(60), 30);
    review.remove("reviewDecision");

    assertThat(reviewErrors(Map.of("recommendation", "EXIT"), review))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("reviewDecision", "required"));
  }

  @Test
  void approvingAnExitAfterAFailedRepairNeedsTheReasonsForTheClient() throws IOException {
    JsonNode form = form("approve-termination.form");
    Map<String, Object> approval = new HashMap<>();
    approval.put("approvalDecision", "APPROVE");
    approval.put("approvalComment", "Agreed.");

    for (String outcome : List.of("PROPOSAL_DECLINED", "PROPOSAL_EXPIRED")) {
      Map<String, Object> variables = Map.of("repairOutcome", outcome);
      assertThat(VALIDATOR.validate(form, variables, approval).errors())
          .extracting(FieldError::field, FieldError::code)
          .containsExactly(tuple("exitJustification", "required"));
      assertThat(
              VALIDATOR
                  .validate(form, variables, with(approval, "exitJustification", "Too short"))
                  .errors())
          .extracting(FieldError::field, FieldError::code)
          .as("the form's own minimum")
          .containsExactly(tuple("exitJustification", "too-short"));
      assertThat(
              VALIDATOR
                  .validate(
                      form,
                      variables,
                      with(approval, "exitJustification", "The workload stays above the fee."))
                  .errors())
          .isEmpty();
      Map<String, Object> rejection =
          Map.of(
              "approvalDecision", "REJECT", "rejectionOutcome", "RETAIN", "approvalComment", "No.");
      assertThat(VALIDATOR.validate(form, variables, rejection).errors())
          .as("a rejection gives no reasons for an exit")
          .isEmpty();
    }
    assertThat(VALIDATOR.validate(form, Map.of(), approval).errors())
        .as("a direct exit keeps the review's reasons")
        .isEmpty();
  }

  @Test
  void aRejectionSaysWhatInstead() throws IOException {
    assertThat(
            VALIDATOR
                .validate(
                    form("approve-termination.form"),
                    Map.of(),
                    Map.of("approvalDecision", "REJECT", "approvalComment", "Not yet."))
                .errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("rejectionOutcome", "required"));
  }

  @Test
  void aDeliveryIsRecordedOnceItHappened() throws IOException {
    JsonNode form = form("complete-deliverable.form");
    Map<String, Object> delivered = Map.of("deliveryNotes", "Signed off.");

    assertThat(
            VALIDATOR
                .validate(form, Map.of(), with(delivered, "deliveredOn", "2026-11-25"))
                .errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("deliveredOn", "in-the-future"));
    assertThat(
            VALIDATOR
                .validate(form, Map.of(), with(delivered, "deliveredOn", "2026-11-24"))
                .errors())
        .isEmpty();
  }

  @Test
  void changingTheCriteriaNeedsADifferentThresholdOrWindowAndAReason() throws IOException {
    JsonNode form = form("review-criteria.form");
    Map<String, Object> inForce = Map.of("currentThreshold", 3, "currentWindowMonths", 12);
    Map<String, Object> change = new HashMap<>();
    change.put("criteriaDecision", "CHANGE");
    change.put("strikeThreshold", 3);
    change.put("strikeWindowMonths", 12);
    change.put("changeReason", "Nothing actually changes.");

    assertThat(VALIDATOR.validate(form, inForce, change).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("strikeThreshold", "criteria-unchanged"));
    assertThat(VALIDATOR.validate(form, inForce, with(change, "strikeWindowMonths", 6)).errors())
        .isEmpty();
    Map<String, Object> noReason = with(change, "strikeThreshold", 2);
    noReason.remove("changeReason");
    assertThat(VALIDATOR.validate(form, inForce, noReason).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("changeReason", "required"));
  }

  @Test
  void aCheckInSaysWhatWasAgreedOnlyWhenItWasHeldAndAStrikeOnlyWhenTheClientWasAbsent()
      throws IOException {
    JsonNode form = form("hold-check-in.form");
    Map<String, Object> held = Map.of("checkInOutcome", "HELD", "checkInNextSteps", "Minutes.");

    assertThat(VALIDATOR.validate(form, Map.of(), held).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("checkInAgreed", "required"));
    Map<String, Object> heldWithStrike = with(held, "checkInAgreed", "Carry on.");
    heldWithStrike.put("logMissedCheckInStrike", true);
    assertThat(VALIDATOR.validate(form, Map.of(), heldWithStrike).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("logMissedCheckInStrike", "not-applicable"));
    Map<String, Object> notHeld =
        Map.of("checkInOutcome", "NOT_HELD", "checkInNextSteps", "New date.", "checkInAgreed", "x");
    assertThat(VALIDATOR.validate(form, Map.of(), notHeld).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("checkInAgreed", "not-applicable"));
    assertThat(
            VALIDATOR
                .validate(form, Map.of(), with(held, "logMissedCheckInStrike", false))
                .variables())
        .as("an unticked box is no answer, hidden or not")
        .containsEntry("logMissedCheckInStrike", false);
  }

  @Test
  void everyRecordBelongsToAFormAndReadsItsFieldsByTheirNames() throws IOException {
    Map<String, Class<? extends Record>> records =
        new FormRecords(Clock.systemUTC(), TaskOwners.ALL).byFormId();
    assertThat(records)
        .as("each form the owners judge beyond its own rules")
        .containsOnlyKeys(
            "form_review_contract",
            "form_approve_termination",
            "form_review_criteria",
            "form_complete_deliverable");
    for (var entry : records.entrySet()) {
      JsonNode form = formById(entry.getKey());
      List<String> keys = form.findValuesAsText("key");
      long fields =
          java.util.Arrays.stream(entry.getValue().getRecordComponents())
              .filter(c -> keys.contains(c.getName()))
              .count();
      assertThat(fields).as("%s reads fields of its form", entry.getValue()).isPositive();
    }
  }

  @Test
  void twoModulesCannotBothJudgeOneForm() {
    assertThatThrownBy(
            () ->
                new FormRecords(
                    Clock.systemUTC(), List.of(TaskOwners.ALL.get(0), TaskOwners.ALL.get(0))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two records for form");
  }

  private static List<FieldError> reviewErrors(
      Map<String, Object> variables, Map<String, Object> review) {
    try {
      return VALIDATOR.validate(form("review-contract.form"), variables, review).errors();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
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

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> more = new HashMap<>(base);
    more.put(key, value);
    return more;
  }

  private static JsonNode formById(String id) throws IOException {
    for (File file : new File("bpmn").listFiles((dir, name) -> name.endsWith(".form"))) {
      JsonNode form = JSON.readTree(file);
      if (id.equals(form.path("id").asText())) {
        return form;
      }
    }
    throw new AssertionError("No form " + id + " in bpmn/");
  }

  private static JsonNode form(String file) throws IOException {
    return JSON.readTree(new File("bpmn", file));
  }
}
