package com.exitdesk.interaction;

import com.exitdesk.client.CommunicationChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One contact with a client, kept as it was recorded: there are no setters. A correction is a new
 * interaction that points to the one it corrects.
 */
@Entity
@Table(name = "interactions")
public class Interaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private Long clientId;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InteractionKind kind;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CommunicationChannel channel;

  @Column(nullable = false, updatable = false)
  private String participants;

  @Column(nullable = false, updatable = false)
  private String summary;

  @Column(name = "agreement_made", nullable = false, updatable = false)
  private boolean agreementMade;

  @Column(updatable = false)
  private String agreement;

  @Column(name = "corrects_id", updatable = false)
  private Long correctsId;

  /** The outbox message this interaction records, for messages the app sent. */
  @Column(name = "message_id", updatable = false)
  private Long messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InteractionOrigin origin;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Interaction() {}

  Interaction(
      long clientId,
      Long caseId,
      Details details,
      Long correctsId,
      Long messageId,
      InteractionOrigin origin,
      String recordedBy,
      Instant recordedAt) {
    this.clientId = clientId;
    this.caseId = caseId;
    this.kind = details.kind();
    this.occurredAt = details.occurredAt();
    this.channel = details.channel();
    this.participants = details.participants();
    this.summary = details.summary();
    this.agreementMade = details.agreementMade();
    this.agreement = details.agreement();
    this.correctsId = correctsId;
    this.messageId = messageId;
    this.origin = origin;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** What happened, as the person who recorded it tells it. */
  public record Details(
      InteractionKind kind,
      Instant occurredAt,
      CommunicationChannel channel,
      String participants,
      String summary,
      boolean agreementMade,
      String agreement) {}

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public InteractionKind getKind() {
    return kind;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public CommunicationChannel getChannel() {
    return channel;
  }

  public String getParticipants() {
    return participants;
  }

  public String getSummary() {
    return summary;
  }

  public boolean isAgreementMade() {
    return agreementMade;
  }

  public String getAgreement() {
    return agreement;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public Long getMessageId() {
    return messageId;
  }

  public InteractionOrigin getOrigin() {
    return origin;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
