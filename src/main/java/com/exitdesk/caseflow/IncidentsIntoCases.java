package com.exitdesk.caseflow;

import com.exitdesk.incident.IncidentReported;
import com.exitdesk.incident.IncidentService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The case side of a logged incident: one logged while the client's case is open joins that case,
 * and only changes its course during the probation.
 */
@Component
class IncidentsIntoCases {

  private final CaseService cases;
  private final IncidentService incidents;

  IncidentsIntoCases(CaseService cases, IncidentService incidents) {
    this.cases = cases;
    this.incidents = incidents;
  }

  /**
   * Runs in the transaction that logs the incident (a plain, synchronous listener): the engine
   * refusing the message rolls the incident back with it, and the reporter learns at once which
   * case it joined.
   */
  @EventListener
  void joinOpenCase(IncidentReported reported) {
    cases
        .openCaseOf(reported.incident().getClientId())
        .ifPresent(
            c -> {
              incidents.addToCase(reported.incident(), c.getId(), reported.reporter());
              cases.deliverIncident(c, reported.incident());
            });
  }
}
