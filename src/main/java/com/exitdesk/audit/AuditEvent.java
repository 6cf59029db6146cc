package com.exitdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of a client's record. Written once, never changed or deleted. */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "client_id")
  private Long clientId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditType type;

  @Column(nullable = false)
  private String summary;

  /** The parameters of what happened, as a JSON object; null on entries older than V40. */
  @Column(name = "details")
  private String details;

  protected AuditEvent() {}

  AuditEvent(
      Long clientId,
      Long caseId,
      Instant occurredAt,
      String actor,
      AuditType type,
      String summary,
      String details) {
    this.clientId = clientId;
    this.caseId = caseId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.type = type;
    this.summary = summary;
    this.details = details;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getClientId() {
    return clientId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditType getType() {
    return type;
  }

  public String getSummary() {
    return summary;
  }

  /** The parameters as a JSON object, or null. */
  public String getDetails() {
    return details;
  }
}
