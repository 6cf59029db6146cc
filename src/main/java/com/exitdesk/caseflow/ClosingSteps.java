package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.incident.WarningSign;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the last steps do: the exited client closed as of the exit date, and the case closed with
 * its outcome (and, after an exit, the retrospective). The jobs reach them through {@link
 * ClosingWorkers}.
 */
@Service
class ClosingSteps {

  private final CaseLookup lookup;
  private final StepLedger ledger;
  private final InboxService inbox;
  private final AuditTrail audit;
  private final Clock clock;

  ClosingSteps(
      CaseLookup lookup, StepLedger ledger, InboxService inbox, AuditTrail audit, Clock clock) {
    this.lookup = lookup;
    this.ledger = ledger;
    this.inbox = inbox;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void closeClient(Step step) {
    RelationshipCase c = lookup.caseOf(step);
    Client client = lookup.clientOf(c);
    LocalDate exitDate = c.getReview().exitDate();
    LocalDate on = exitDate != null ? exitDate : LocalDate.now(clock);
    if (!client.isClosed()) {
      client.close(on);
    }
    c.moveTo(CasePhase.RETROSPECTIVE);
    ledger.once(
        step,
        c,
        () ->
            audit.record(
                c.getClientId(),
                c.getId(),
                AuditTrail.SYSTEM,
                AuditType.CLIENT_CLOSED,
                "Client closed as of " + on,
                AuditTrail.details("on", on)));
  }

  /** A closed case is left as it is: a redelivered job finds it closed and changes nothing. */
  @Transactional
  public void closeCase(Step step, CaseStatus status, Retrospective retrospective) {
    RelationshipCase c = lookup.caseOf(step);
    if (c.getStatus().isClosed()) {
      return;
    }
    if (retrospective != null) {
      c.retrospective(retrospective, clock.instant());
    }
    String outcome =
        switch (status) {
          case RETAINED -> "Client retained";
          case REPAIRED -> "Relationship repaired: the new terms held through probation";
          case WITHDRAWN -> "Exit withdrawn during the cooling-off period";
          case EXITED -> "Client exited on " + c.getReview().exitDate();
          case OPEN, CANCELLED ->
              throw new IllegalArgumentException("The process cannot close a case as " + status);
        };
    c.close(status, outcome, clock.instant());
    inbox.cancelOpenTasksOfCase(c.getId(), c.getClientId());
    if (status == CaseStatus.WITHDRAWN
        && audit.forCase(c.getId()).stream()
            .noneMatch(e -> e.getType() == AuditType.EXIT_WITHDRAWN)) {
      // The engine received a withdrawal that no manager sent through the app.
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.OUTSIDE_CHANGE_FLAGGED,
          "The exit was withdrawn by a message sent to the engine directly, not through Exit Desk:"
              + " no manager withdrew it here. Check who can reach the engine.");
    }
    ledger.record(step, c);
    audit.record(
        c.getClientId(),
        c.getId(),
        AuditTrail.SYSTEM,
        AuditType.CASE_CLOSED,
        status + ": " + outcome,
        AuditTrail.details("status", status, "exitDate", c.getReview().exitDate()));
  }

  /**
   * @param missedSigns the warning signs that were present but never logged
   * @param writtenBy who completed the retrospective
   */
  record Retrospective(
      String whatHappened,
      String ourShare,
      String warningSignsMissed,
      List<WarningSign> missedSigns,
      String criteriaChange,
      String writtenBy) {}
}
