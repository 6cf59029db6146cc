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

/** New terms offered to the client, and the client's answer. */
@Entity
@Table(name = "proposals")
public class Proposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  /** The process step that made it: a redelivered job finds its proposal instead of a new one. */
  @Column(name = "element_instance_key", nullable = false, unique = true)
  private Long elementInstanceKey;

  @Column(nullable = false)
  private String scope;

  @Column(nullable = false)
  private String boundaries;

  @Column(name = "communication_channel", nullable = false)
  private String communicationChannel;

  @Column(name = "check_in_cadence", nullable = false)
  private String checkInCadence;

  @Column(name = "monthly_fee", nullable = false)
  private BigDecimal monthlyFee;

  @Column(nullable = false)
  private Instant deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalStatus status = ProposalStatus.PENDING;

  @Column(name = "client_comment")
  private String clientComment;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_recorded_by")
  private String answerRecordedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Proposal() {}

  Proposal(
      Long caseId, Long elementInstanceKey, NewTerms terms, Instant deadline, Instant createdAt) {
    this.caseId = caseId;
    this.elementInstanceKey = elementInstanceKey;
    this.scope = terms.scope();
    this.boundaries = terms.boundaries();
    this.communicationChannel = terms.communicationChannel();
    this.checkInCadence = terms.checkInCadence();
    this.monthlyFee = terms.monthlyFee();
    this.deadline = deadline;
    this.createdAt = createdAt;
  }

  void answer(boolean accepted, String comment, String recordedBy, Instant at) {
    this.status = accepted ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED;
    this.clientComment = comment;
    this.answerRecordedBy = recordedBy;
    this.answeredAt = at;
  }

  void expire() {
    if (status == ProposalStatus.PENDING) {
      this.status = ProposalStatus.EXPIRED;
    }
  }

  NewTerms terms() {
    return new NewTerms(scope, boundaries, communicationChannel, checkInCadence, monthlyFee);
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getScope() {
    return scope;
  }

  public String getBoundaries() {
    return boundaries;
  }

  public String getCommunicationChannel() {
    return communicationChannel;
  }

  public String getCheckInCadence() {
    return checkInCadence;
  }

  public BigDecimal getMonthlyFee() {
    return monthlyFee;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public String getClientComment() {
    return clientComment;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getAnswerRecordedBy() {
    return answerRecordedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
