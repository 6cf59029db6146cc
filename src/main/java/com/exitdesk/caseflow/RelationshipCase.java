package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.hibernate.annotations.DynamicUpdate;

/**
 * One repair-or-exit decision about a client, from the opening strike to its outcome. Its parts
 * (the assessment, the contract review, the approval, the transition plan, the check-ins and the
 * retrospective) are value objects in the case's row; each is replaced whole when a step records
 * it. Hibernate loads a part whose columns are all null as null, so each getter returns the part's
 * empty value instead.
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

  @Embedded private Assessment assessment;

  /** Repair attempts that failed, over every assessment of the case. */
  @Column(name = "failed_repairs", nullable = false)
  private int failedRepairs;

  @Embedded private ContractReview review;

  @Embedded private ExitApproval approval;

  @Embedded private TransitionPlan transition;

  @Column(name = "refund_issued_at")
  private Instant refundIssuedAt;

  @Column(name = "cooling_off_ends_at")
  private Instant coolingOffEndsAt;

  @Embedded private CheckInTally checkIns = CheckInTally.NONE;

  @Embedded private LessonsLearned retrospective;

  @Version private long version;

  protected RelationshipCase() {}

  RelationshipCase(Long clientId, String reason, String openedBy, Instant openedAt) {
    this.clientId = clientId;
    this.openForClient = clientId;
    this.reason = reason;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  /**
   * @throws IllegalStateException when the process never moves a case from its phase to that one
   */
  void moveTo(CasePhase phase) {
    this.phase = this.phase.moveTo(phase);
  }

  void evidence(Integer strikes, BigDecimal marginPercent, Integer monthsToContractEnd) {
    this.assessment = getAssessment().withEvidence(strikes, marginPercent, monthsToContractEnd);
  }

  void recommend(Recommendation recommendation, String rationale, String matchedRule) {
    this.assessment = getAssessment().recommending(recommendation, rationale, matchedRule);
  }

  void review(ContractReview review) {
    this.review = review;
  }

  /** A new probation starts its own count of check-ins. */
  void planCheckIns(CheckInPlan plan) {
    this.checkIns = CheckInTally.of(plan);
  }

  void checkInHeld() {
    this.checkIns = getCheckIns().oneMoreHeld();
  }

  void checkInMissed() {
    this.checkIns = getCheckIns().oneMoreMissed();
  }

  void repairFailed() {
    this.failedRepairs++;
  }

  void decideTermination(
      ApprovalDecision decision, String comment, String exitJustification, String decidedBy) {
    this.approval = new ExitApproval(decision, comment, exitJustification, decidedBy);
  }

  void planTransition(String handoverPlan, String dataReturn, String alternatives, String contact) {
    this.transition = new TransitionPlan(handoverPlan, dataReturn, alternatives, contact);
  }

  void refundIssued(Instant at) {
    this.refundIssuedAt = at;
  }

  void coolOffUntil(Instant endsAt) {
    this.coolingOffEndsAt = endsAt;
  }

  void retrospective(ClosingSteps.Retrospective retrospective, Instant at) {
    this.retrospective = LessonsLearned.of(retrospective, at);
  }

  void close(CaseStatus status, String outcome, Instant at) {
    moveTo(CasePhase.CLOSED);
    this.status = status;
    this.openForClient = null;
    this.outcome = outcome;
    this.closedAt = at;
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

  public Assessment getAssessment() {
    return assessment == null ? Assessment.NONE : assessment;
  }

  public int getFailedRepairs() {
    return failedRepairs;
  }

  public ContractReview getReview() {
    return review == null ? ContractReview.NONE : review;
  }

  public ExitApproval getApproval() {
    return approval == null ? ExitApproval.NONE : approval;
  }

  public TransitionPlan getTransition() {
    return transition == null ? TransitionPlan.NONE : transition;
  }

  public Instant getRefundIssuedAt() {
    return refundIssuedAt;
  }

  public Instant getCoolingOffEndsAt() {
    return coolingOffEndsAt;
  }

  public CheckInTally getCheckIns() {
    return checkIns == null ? CheckInTally.NONE : checkIns;
  }

  public LessonsLearned getRetrospective() {
    return retrospective == null ? LessonsLearned.NONE : retrospective;
  }
}
