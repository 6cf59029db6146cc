package com.exitdesk.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One review of the criteria: the period it looked at, the figures the manager saw, and what they
 * decided. Its period ends where the review started; the next one starts where this one was
 * completed.
 */
@Entity
@Table(name = "criteria_reviews")
public class CriteriaReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_key")
  private Long processInstanceKey;

  /** 1 while open, null once completed; unique, so two reviews are never open together. */
  @Column(name = "open_marker")
  private Integer openMarker = 1;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "start_reason")
  private String startReason;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "period_from")
  private Instant periodFrom;

  @Column(name = "period_to")
  private Instant periodTo;

  @Column(name = "figures_json")
  private String figuresJson;

  private String decision;

  private String reason;

  @Column(name = "dmn_note")
  private String dmnNote;

  @Column(name = "completed_by")
  private String completedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected CriteriaReview() {}

  CriteriaReview(String startedBy, String startReason, Instant startedAt, Long processInstanceKey) {
    this.startedBy = startedBy;
    this.startReason = startReason;
    this.startedAt = startedAt;
    this.processInstanceKey = processInstanceKey;
  }

  void runsIn(long processInstanceKey) {
    this.processInstanceKey = processInstanceKey;
  }

  void figures(Instant from, Instant to, String json) {
    this.periodFrom = from;
    this.periodTo = to;
    this.figuresJson = json;
  }

  void complete(String decision, String reason, String dmnNote, String by, Instant at) {
    this.decision = decision;
    this.reason = reason;
    this.dmnNote = dmnNote;
    this.completedBy = by;
    this.completedAt = at;
    this.openMarker = null;
  }

  /** Its process was cancelled outside the app: no longer open, and never a period's start. */
  void abandon() {
    this.decision = CriteriaReviews.ABANDONED;
    this.openMarker = null;
  }

  public boolean isOpen() {
    return openMarker != null;
  }

  public Long getId() {
    return id;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public String getStartReason() {
    return startReason;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getPeriodFrom() {
    return periodFrom;
  }

  public Instant getPeriodTo() {
    return periodTo;
  }

  public String getFiguresJson() {
    return figuresJson;
  }

  public String getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public String getDmnNote() {
    return dmnNote;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
