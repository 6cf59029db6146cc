package com.exitdesk.caseflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the contract review established, as submitted with {@code task_review_contract}.
 *
 * @param canTerminateLegally the reviewer confirmed that the clause allows ending the contract
 * @param earlyTerminationAgreed the client agreed to end before the notice period runs out; then
 *     the early-termination fee applies
 */
record ContractReview(
    boolean canTerminateLegally,
    String terminationClause,
    LocalDate exitDate,
    int noticePeriodDays,
    boolean earlyTerminationAgreed,
    BigDecimal earlyTerminationFee,
    BigDecimal refundAmount,
    ReviewDecision decision,
    String justification,
    String reviewedBy) {

  ContractReview withDecision(ReviewDecision decision) {
    return new ContractReview(
        canTerminateLegally,
        terminationClause,
        exitDate,
        noticePeriodDays,
        earlyTerminationAgreed,
        earlyTerminationFee,
        refundAmount,
        decision,
        justification,
        reviewedBy);
  }
}
