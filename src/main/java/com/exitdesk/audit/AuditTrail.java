package com.exitdesk.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only record of every step, decision and message, per client and case. */
@Service
public class AuditTrail {

  /** The actor of steps the process takes by itself. */
  public static final String SYSTEM = "system";

  private final AuditEventRepository events;
  private final Clock clock;

  AuditTrail(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Joins the caller's transaction so a rolled-back change leaves no line behind. */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEvent record(
      Long clientId, Long caseId, String actor, AuditType type, String summary) {
    return events.save(
        new AuditEvent(clientId, caseId, clock.instant(), actor, type, truncate(summary)));
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> forCase(long caseId) {
    return events.findByCaseIdOrderByIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> forClient(long clientId) {
    return events.findByClientIdOrderByIdAsc(clientId);
  }

  private static String truncate(String summary) {
    return summary.length() <= 2000 ? summary : summary.substring(0, 1997) + "...";
  }
}
