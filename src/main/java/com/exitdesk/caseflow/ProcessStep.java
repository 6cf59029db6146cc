package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A process step whose side effects were applied. A job redelivered after a lost completion finds
 * its step here and does not count, log or record twice.
 */
@Entity
@Table(name = "process_steps")
class ProcessStep {

  @Id
  @Column(name = "element_instance_key")
  private Long elementInstanceKey;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "job_type", nullable = false)
  private String jobType;

  @Column(name = "element_id")
  private String elementId;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected ProcessStep() {}

  ProcessStep(
      Long elementInstanceKey, Long caseId, String jobType, String elementId, Instant doneAt) {
    this.elementInstanceKey = elementInstanceKey;
    this.caseId = caseId;
    this.jobType = jobType;
    this.elementId = elementId;
    this.doneAt = doneAt;
  }

  Long getElementInstanceKey() {
    return elementInstanceKey;
  }

  String getJobType() {
    return jobType;
  }

  String getElementId() {
    return elementId;
  }
}
