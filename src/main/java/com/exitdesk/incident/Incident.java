package com.exitdesk.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A strike against a client. Once a case reviews it, the incident belongs to that case and no
 * longer counts towards opening another one.
 */
@Entity
@Table(name = "incidents")
public class Incident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(name = "case_id")
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentArea area;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WarningSign sign;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Column(nullable = false)
  private String description;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(nullable = false)
  private String reporter;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The interaction where it happened, when that is on record. */
  @Column(name = "interaction_id")
  private Long interactionId;

  @Version private long version;

  protected Incident() {}

  public Incident(
      Long clientId,
      IncidentArea area,
      WarningSign sign,
      Severity severity,
      String description,
      LocalDate occurredOn,
      String reporter,
      Instant createdAt) {
    this.clientId = clientId;
    this.area = area;
    this.sign = sign;
    this.severity = severity;
    this.description = description;
    this.occurredOn = occurredOn;
    this.reporter = reporter;
    this.createdAt = createdAt;
  }

  public void happenedIn(Long interactionId) {
    this.interactionId = interactionId;
  }

  public Long getInteractionId() {
    return interactionId;
  }

  public void attachTo(long caseId) {
    this.caseId = caseId;
  }

  public void detach() {
    this.caseId = null;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public IncidentArea getArea() {
    return area;
  }

  public WarningSign getSign() {
    return sign;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getReporter() {
    return reporter;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
