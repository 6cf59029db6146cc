package com.exitdesk.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change of the strike policy decided in a criteria review. Never updated: the newest row is the
 * policy in force, the older ones are its history.
 */
@Entity
@Table(name = "strike_policies")
public class StrikePolicyChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int threshold;

  @Column(name = "window_months", nullable = false)
  private int windowMonths;

  @Column(name = "review_id")
  private Long reviewId;

  @Column(nullable = false)
  private String reason;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected StrikePolicyChange() {}

  StrikePolicyChange(
      int threshold,
      int windowMonths,
      Long reviewId,
      String reason,
      String changedBy,
      Instant changedAt) {
    this.threshold = threshold;
    this.windowMonths = windowMonths;
    this.reviewId = reviewId;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public int getThreshold() {
    return threshold;
  }

  public int getWindowMonths() {
    return windowMonths;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public String getReason() {
    return reason;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
