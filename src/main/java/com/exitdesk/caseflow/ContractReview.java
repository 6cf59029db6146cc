package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the contract review established, as submitted with {@code task_review_contract} and kept on
 * the case. The figures are boxed because a case keeps none of them before its review, and cases
 * reviewed before the early termination was asked keep that one null.
 *
 * @param canTerminateLegally the reviewer confirmed that the clause allows ending the contract
 * @param earlyTerminationAgreed the client agreed to end before the notice period runs out; then
 *     the early-termination fee applies
 */
@Embeddable
public record ContractReview(
    @Column(name = "can_terminate_legally") Boolean canTerminateLegally,
    @Column(name = "termination_clause") String terminationClause,
    @Column(name = "exit_date") LocalDate exitDate,
    @Column(name = "notice_period_days") Integer noticePeriodDays,
    @Column(name = "early_termination_agreed") Boolean earlyTerminationAgreed,
    @Column(name = "early_termination_fee") BigDecimal earlyTerminationFee,
    @Column(name = "refund_amount") BigDecimal refundAmount,
    @Enumerated(EnumType.STRING) @Column(name = "review_decision") ReviewDecision decision,
    String justification,
    @Column(name = "exit_decided_by") String reviewedBy) {

  /** Not reviewed yet. */
  static final ContractReview NONE =
      new ContractReview(null, null, null, null, null, null, null, null, null, null);

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

  /** Only a confirmed clause counts: unknown reads as no. */
  boolean clauseAllowsEnding() {
    return Boolean.TRUE.equals(canTerminateLegally);
  }

  /** Only an agreement on record counts: unknown reads as no. */
  boolean endsEarly() {
    return Boolean.TRUE.equals(earlyTerminationAgreed);
  }
}
