package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One repair-or-exit decision about a client, from the opening strike to its outcome. Longer than
 * 300 lines because it maps the case row's columns (evidence, review, approval, transition,
 * check-ins, retrospective) and each has its accessor; the behaviour lives in the steps.
 */
@Entity
@DynamicUpdate
@Table(name = "cases")
public class RelationshipCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  /** Set while the case is open: the unique constraint allows one open case per client. */
  @Column(name = "open_for_client", unique = true)
  private Long openForClient;

  /** Written once by a bulk update when the process starts; entity saves never touch it. */
  @Column(name = "process_instance_key", updatable = false)
  private Long processInstanceKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status = CaseStatus.OPEN;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CasePhase phase = CasePhase.ASSESSMENT;

  @Column(nullable = false)
  private String reason;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  private String outcome;

  @Enumerated(EnumType.STRING)
  private Recommendation recommendation;

  private String rationale;

  /** The decision table's rule that gave the recommendation; null on cases assessed before. */
  @Column(name = "matched_rule")
  private String matchedRule;

  private Integer strikes;

  @Column(name = "margin_percent")
  private BigDecimal marginPercent;

  @Column(name = "months_to_contract_end")
  private Integer monthsToContractEnd;

  @Column(name = "failed_repairs", nullable = false)
  private int failedRepairs;

  @Column(name = "can_terminate_legally")
  private Boolean canTerminateLegally;

  @Column(name = "termination_clause")
  private String terminationClause;

  @Column(name = "exit_date")
  private LocalDate exitDate;

  @Column(name = "notice_period_days")
  private Integer noticePeriodDays;

  @Column(name = "early_termination_agreed")
  private Boolean earlyTerminationAgreed;

  @Column(name = "early_termination_fee")
  private BigDecimal earlyTerminationFee;

  @Column(name = "refund_amount")
  private BigDecimal refundAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_decision")
  private ReviewDecision reviewDecision;

  private String justification;

  @Column(name = "exit_decided_by")
  private String exitDecidedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "approval_decision")
  private ApprovalDecision approvalDecision;

  @Column(name = "approval_comment")
  private String approvalComment;

  @Column(name = "approved_by")
  private String approvedBy;

  /** The reasons for the exit the approving manager gave after a failed repair, for the client. */
  @Column(name = "exit_justification")
  private String exitJustification;

  @Column(name = "handover_plan")
  private String handoverPlan;

  @Column(name = "data_return")
  private String dataReturn;

  private String alternatives;

  @Column(name = "transition_contact")
  private String transitionContact;

  @Column(name = "refund_issued_at")
  private Instant refundIssuedAt;

  @Column(name = "cooling_off_ends_at")
  private Instant coolingOffEndsAt;

  @Column(name = "what_happened")
  private String whatHappened;

  @Column(name = "our_share")
  private String ourShare;

  @Column(name = "warning_signs_missed")
  private String warningSignsMissed;

  @Column(name = "criteria_change")
  private String criteriaChange;

  /** WarningSign names, comma-separated: the signs that were there but never logged. */
  @Column(name = "missed_signs")
  private String missedSigns;

  @Column(name = "retrospective_by")
  private String retrospectiveBy;

  @Column(name = "retrospective_at")
  private Instant retrospectiveAt;

  @Column(name = "check_in_cadence")
  private String checkInCadence;

  @Column(name = "check_ins_planned")
  private int checkInsPlanned;

  @Column(name = "check_ins_held")
  private int checkInsHeld;

  @Column(name = "check_ins_missed")
  private int checkInsMissed;

  @Version private long version;

  protected RelationshipCase() {}

  RelationshipCase(Long clientId, String reason, String openedBy, Instant openedAt) {
    this.clientId = clientId;
    this.openForClient = clientId;
    this.reason = reason;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void moveTo(CasePhase phase) {
    this.phase = phase;
  }

  void evidence(Integer strikes, BigDecimal marginPercent, Integer monthsToContractEnd) {
    this.strikes = strikes;
    this.marginPercent = marginPercent;
    this.monthsToContractEnd = monthsToContractEnd;
  }

  void recommend(Recommendation recommendation, String rationale, String matchedRule) {
    this.recommendation = recommendation;
    this.rationale = rationale;
    this.matchedRule = matchedRule;
  }

  void review(ContractReview review) {
    this.canTerminateLegally = review.canTerminateLegally();
    this.terminationClause = review.terminationClause();
    this.exitDate = review.exitDate();
    this.noticePeriodDays = review.noticePeriodDays();
    this.earlyTerminationAgreed = review.earlyTerminationAgreed();
    this.earlyTerminationFee = review.earlyTerminationFee();
    this.refundAmount = review.refundAmount();
    this.reviewDecision = review.decision();
    this.justification = review.justification();
    this.exitDecidedBy = review.reviewedBy();
  }

  /** A new probation starts its own count of check-ins. */
  void planCheckIns(CheckInPlan plan) {
    this.checkInCadence = plan.cadence();
    this.checkInsPlanned = plan.planned();
    this.checkInsHeld = 0;
    this.checkInsMissed = 0;
  }

  void checkInHeld() {
    this.checkInsHeld++;
  }

  void checkInMissed() {
    this.checkInsMissed++;
  }

  void repairFailed() {
    this.failedRepairs++;
  }

  void decideTermination(
      ApprovalDecision decision, String comment, String exitJustification, String decidedBy) {
    this.approvalDecision = decision;
    this.approvalComment = comment;
    this.exitJustification = exitJustification;
    this.approvedBy = decidedBy;
  }

  void planTransition(String handoverPlan, String dataReturn, String alternatives, String contact) {
    this.handoverPlan = handoverPlan;
    this.dataReturn = dataReturn;
    this.alternatives = alternatives;
    this.transitionContact = contact;
  }

  void refundIssued(Instant at) {
    this.refundIssuedAt = at;
  }

  void coolOffUntil(Instant endsAt) {
    this.coolingOffEndsAt = endsAt;
  }

  void retrospective(ClosingSteps.Retrospective retrospective, Instant at) {
    this.whatHappened = retrospective.whatHappened();
    this.ourShare = retrospective.ourShare();
    this.warningSignsMissed = retrospective.warningSignsMissed();
    this.criteriaChange = retrospective.criteriaChange();
    this.missedSigns =
        retrospective.missedSigns().isEmpty()
            ? null
            : String.join(",", retrospective.missedSigns().stream().map(Enum::name).toList());
    this.retrospectiveBy = retrospective.writtenBy();
    this.retrospectiveAt = at;
  }

  void close(CaseStatus status, String outcome, Instant at) {
    this.status = status;
    this.openForClient = null;
    this.outcome = outcome;
    this.closedAt = at;
    this.phase = CasePhase.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public CasePhase getPhase() {
    return phase;
  }

  public String getReason() {
    return reason;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public String getRationale() {
    return rationale;
  }

  public String getMatchedRule() {
    return matchedRule;
  }

  public Integer getStrikes() {
    return strikes;
  }

  public BigDecimal getMarginPercent() {
    return marginPercent;
  }

  public Integer getMonthsToContractEnd() {
    return monthsToContractEnd;
  }

  public int getFailedRepairs() {
    return failedRepairs;
  }

  public Boolean getCanTerminateLegally() {
    return canTerminateLegally;
  }

  public String getTerminationClause() {
    return terminationClause;
  }

  public LocalDate getExitDate() {
    return exitDate;
  }

  public Integer getNoticePeriodDays() {
    return noticePeriodDays;
  }

  public boolean isEarlyTerminationAgreed() {
    return Boolean.TRUE.equals(earlyTerminationAgreed);
  }

  public BigDecimal getEarlyTerminationFee() {
    return earlyTerminationFee;
  }

  public BigDecimal getRefundAmount() {
    return refundAmount;
  }

  public ReviewDecision getReviewDecision() {
    return reviewDecision;
  }

  public String getJustification() {
    return justification;
  }

  public String getExitDecidedBy() {
    return exitDecidedBy;
  }

  public ApprovalDecision getApprovalDecision() {
    return approvalDecision;
  }

  public String getApprovalComment() {
    return approvalComment;
  }

  public String getExitJustification() {
    return exitJustification;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getHandoverPlan() {
    return handoverPlan;
  }

  public String getDataReturn() {
    return dataReturn;
  }

  public String getAlternatives() {
    return alternatives;
  }

  public String getTransitionContact() {
    return transitionContact;
  }

  public Instant getRefundIssuedAt() {
    return refundIssuedAt;
  }

  public Instant getCoolingOffEndsAt() {
    return coolingOffEndsAt;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public String getOurShare() {
    return ourShare;
  }

  public String getWarningSignsMissed() {
    return warningSignsMissed;
  }

  public String getCriteriaChange() {
    return criteriaChange;
  }

  public java.util.List<com.exitdesk.incident.WarningSign> getMissedSigns() {
    return missedSigns == null
        ? java.util.List.of()
        : java.util.Arrays.stream(missedSigns.split(","))
            .map(com.exitdesk.incident.WarningSign::valueOf)
            .toList();
  }

  public String getRetrospectiveBy() {
    return retrospectiveBy;
  }

  public Instant getRetrospectiveAt() {
    return retrospectiveAt;
  }

  public String getCheckInCadence() {
    return checkInCadence;
  }

  public int getCheckInsPlanned() {
    return checkInsPlanned;
  }

  public int getCheckInsHeld() {
    return checkInsHeld;
  }

  public int getCheckInsMissed() {
    return checkInsMissed;
  }
}
