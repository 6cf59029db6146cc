package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * A process step whose side effects were applied. A job redelivered after a lost completion finds
 * its step here and does not count, log or record twice.
 */
@Entity
@Table(name = "process_steps")
class ProcessStep implements Persistable<Long> {

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

  /**
   * True until the row is written or read. The key is the engine's, not generated, so without this
   * saving a new step would first look it up to choose between insert and update: one more query
   * per step, and the ledger has just checked that the step is not there.
   */
  @Transient private boolean isNew = true;

  protected ProcessStep() {}

  ProcessStep(
      Long elementInstanceKey, Long caseId, String jobType, String elementId, Instant doneAt) {
    this.elementInstanceKey = elementInstanceKey;
    this.caseId = caseId;
    this.jobType = jobType;
    this.elementId = elementId;
    this.doneAt = doneAt;
  }

  @Override
  public Long getId() {
    return elementInstanceKey;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
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
