package com.exitdesk.incident;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents of a case, for the case side: which a new case takes over (the strikes that opened
 * its review), and which it gives back when it could not start.
 */
@Component
public class CaseIncidents {

  private final IncidentRepository incidents;

  CaseIncidents(IncidentRepository incidents) {
    this.incidents = incidents;
  }

  /** The incidents of the case, in the order they occurred. */
  @Transactional(readOnly = true)
  public List<Incident> of(long caseId) {
    return incidents.findByCaseIdOrderByOccurredOnAscIdAsc(caseId);
  }

  /**
   * Gives the new case the client's strikes that still count (from {@code windowStart} on, in no
   * case yet), in the transaction that opens it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void takeOverStrikes(long clientId, long caseId, LocalDate windowStart) {
    for (Incident incident :
        incidents
            .findByClientIdAndCaseIdIsNullAndOccurredOnGreaterThanEqualOrderByOccurredOnAscIdAsc(
                clientId, windowStart)) {
      incident.attachTo(caseId);
    }
  }

  /** Gives the incidents of a case that could not start back, for the next review. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void giveBack(long caseId) {
    incidents.findByCaseIdOrderByOccurredOnAscIdAsc(caseId).forEach(Incident::detach);
  }
}
