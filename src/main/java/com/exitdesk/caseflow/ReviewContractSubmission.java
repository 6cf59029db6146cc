package com.exitdesk.caseflow;

import com.exitdesk.inbox.SubmissionRule;
import jakarta.validation.constraints.FutureOrPresent;
import java.time.LocalDate;

/**
 * What bpmn/review-contract.form submits, with the case facts its rules read; the form itself
 * declares which fields are required and their limits.
 *
 * @param recommendation the case's, from the evidence: a fast exit is an exit without a decision
 * @param contract the contract on file; null when the client has none
 * @param contractNoticePeriodDays the contract's notice period as the tasks of cases opened before
 *     the contract became one variable hold it
 */
@RespectsNoticePeriod
record ReviewContractSubmission(
    String recommendation,
    EvidenceFound.ContractOnFile contract,
    Integer contractNoticePeriodDays,
    String reviewDecision,
    boolean canTerminateLegally,
    @FutureOrPresent(message = "must not be in the past") LocalDate exitDate,
    Integer noticePeriodDays,
    boolean earlyTerminationAgreed) {

  @SubmissionRule(
      field = "canTerminateLegally",
      code = "needs-legal-basis",
      message =
          "an exit needs a legal basis the letter can state: confirm that the termination clause"
              + " allows it, or record that an early termination was agreed")
  boolean isAnExitTheLetterCanGround() {
    boolean exit = "FAST_EXIT".equals(recommendation) || "EXIT".equals(reviewDecision);
    return !exit || canTerminateLegally || earlyTerminationAgreed;
  }

  /** The longer of the notice period the reviewer entered and the one on the contract. */
  int noticePeriod() {
    int onFile =
        contract != null
            ? contract.noticePeriodDays()
            : contractNoticePeriodDays == null ? 0 : contractNoticePeriodDays;
    return Math.max(noticePeriodDays == null ? 0 : noticePeriodDays, onFile);
  }
}
