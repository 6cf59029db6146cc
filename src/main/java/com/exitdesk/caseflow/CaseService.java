package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.ProcessConstants.Messages;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.incident.CaseIncidents;
import com.exitdesk.incident.Incident;
import com.exitdesk.incident.StrikePolicies;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens cases and carries what people decide about them into the running process. */
@Service
public class CaseService {

  private static final Logger log = LoggerFactory.getLogger(CaseService.class);

  /**
   * How long a message waits for its catch event. Covers the moment between a worker setting the
   * phase and the process opening the subscription; short enough not to reach a later wait.
   */
  static final Duration MESSAGE_TTL = Duration.ofMinutes(1);

  private final CaseRepository cases;
  private final ProposalRepository proposals;
  private final ClientService clients;
  private final CaseIncidents incidents;
  private final StrikePolicies strikePolicies;
  private final ProcessTimings timings;
  private final ProcessCommands commands;
  private final AuditTrail audit;
  private final InboxService inbox;
  private final TransactionTemplate tx;
  private final Clock clock;

  CaseService(
      CaseRepository cases,
      ProposalRepository proposals,
      ClientService clients,
      CaseIncidents incidents,
      StrikePolicies strikePolicies,
      ProcessTimings timings,
      ProcessCommands commands,
      AuditTrail audit,
      InboxService inbox,
      TransactionTemplate tx,
      Clock clock) {
    this.inbox = inbox;
    this.cases = cases;
    this.proposals = proposals;
    this.clients = clients;
    this.incidents = incidents;
    this.strikePolicies = strikePolicies;
    this.timings = timings;
    this.commands = commands;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Opens a case and starts its process. The case row is committed first, so the first worker finds
   * it; if the engine refuses the start, the case is removed again and nothing changed.
   */
  public RelationshipCase open(long clientId, String reason, String actor) {
    RelationshipCase created = create(clientId, reason, actor);
    CaseStart variables = new CaseStart(created.getId(), clientId, reason, timings.periods());
    long processInstanceKey;
    try {
      processInstanceKey = commands.startProcess(ProcessConstants.PROCESS_ID, variables);
    } catch (RuntimeException e) {
      tx.executeWithoutResult(
          status -> {
            incidents.giveBack(created.getId());
            cases.deleteById(created.getId());
            audit.record(
                clientId,
                created.getId(),
                AuditTrail.SYSTEM,
                AuditType.CASE_CLOSED,
                "The case could not start (the process engine did not take it); its incidents"
                    + " wait for the next review");
          });
      throw e;
    }
    log.info(
        "Case {} opened for client {} (process instance {})",
        created.getId(),
        clientId,
        processInstanceKey);
    return tx.execute(
        status -> {
          cases.setProcessInstanceKey(created.getId(), processInstanceKey);
          return find(created.getId());
        });
  }

  /**
   * The case row, committed with the strikes it takes over; one open case per client, which the
   * database enforces too when two open at once.
   */
  private RelationshipCase create(long clientId, String reason, String actor) {
    try {
      return tx.execute(
          status -> {
            Client client = client(clientId);
            if (client.isClosed()) {
              throw new ConflictException("client-closed", "Client " + clientId + " is closed");
            }
            openCaseOf(clientId)
                .ifPresent(
                    open -> {
                      throw new ConflictException(
                          "case-already-open",
                          "Client " + clientId + " already has open case " + open.getId());
                    });
            RelationshipCase c =
                cases.saveAndFlush(new RelationshipCase(clientId, reason, actor, clock.instant()));
            LocalDate from =
                strikePolicies.current().windowStart(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            incidents.takeOverStrikes(clientId, c.getId(), from);
            // Before the process starts: its first step writes to the timeline at once.
            audit.record(
                clientId,
                c.getId(),
                actor,
                AuditType.CASE_OPENED,
                reason,
                AuditTrail.details("reason", reason));
            return c;
          });
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException(
          "case-already-open", "Client " + clientId + " already has an open case");
    }
  }

  public Optional<RelationshipCase> openCaseOf(long clientId) {
    return cases.findFirstByClientIdAndStatus(clientId, CaseStatus.OPEN);
  }

  /** Hands a new incident to the open case; it only changes the course during probation. */
  public void deliverIncident(RelationshipCase c, Incident incident) {
    commands.publishMessage(
        Messages.INCIDENT_REPORTED,
        c.getId().toString(),
        "incident-" + incident.getId(),
        c.getPhase() == CasePhase.PROBATION ? MESSAGE_TTL : Duration.ZERO,
        new IncidentReported(incident.getId()));
  }

  /** A manager stops the exit while the cooling-off period runs. */
  public RelationshipCase withdraw(long caseId, String reason, String manager) {
    return tx.execute(
        status -> {
          RelationshipCase c = find(caseId);
          if (c.getPhase() != CasePhase.COOLING_OFF) {
            throw new ConflictException(
                "not-cooling-off",
                "An exit can only be withdrawn during the cooling-off period; case "
                    + caseId
                    + " is "
                    + (c.getStatus().isClosed() ? c.getStatus() : c.getPhase()));
          }
          audit.record(
              c.getClientId(),
              caseId,
              manager,
              AuditType.EXIT_WITHDRAWN,
              reason,
              AuditTrail.details("reason", reason));
          commands.publishMessage(
              Messages.EXIT_WITHDRAWN,
              c.getId().toString(),
              "withdraw-" + caseId,
              MESSAGE_TTL,
              new ExitWithdrawal(manager, reason));
          return c;
        });
  }

  /**
   * Closes an open case whose process instance the engine no longer has (cancelled from outside):
   * as CANCELLED, its tasks out of the inbox, with a timeline entry naming the operator.
   *
   * @throws ConflictException when the case is closed, or its process instance still runs
   */
  public RelationshipCase closeAsCancelled(long caseId, String operator) {
    RelationshipCase open = find(caseId);
    if (open.getStatus().isClosed()) {
      throw new ConflictException("Case " + caseId + " is already " + open.getStatus());
    }
    if (open.getProcessInstanceKey() != null
        && commands.processInstanceExists(open.getProcessInstanceKey())) {
      throw new ConflictException(
          "The engine still runs the process of case " + caseId + "; it is not stuck");
    }
    return tx.execute(
        status -> {
          RelationshipCase c = find(caseId);
          c.close(
              CaseStatus.CANCELLED,
              "Process instance cancelled outside Exit Desk; closed by " + operator,
              clock.instant());
          inbox.cancelOpenTasksOfCase(c.getId(), c.getClientId());
          audit.record(
              c.getClientId(),
              c.getId(),
              operator,
              AuditType.CASE_CLOSED,
              "CANCELLED: the engine no longer runs this case's process (cancelled outside Exit"
                  + " Desk); closed from the operations page");
          return cases.saveAndFlush(c);
        });
  }

  public RelationshipCase find(long caseId) {
    return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
  }

  public List<RelationshipCase> list(CaseStatus status) {
    return status == null
        ? cases.findAllByOrderByIdDesc()
        : cases.findByStatusOrderByIdDesc(status);
  }

  /** Read from the database now, not from an entity read earlier. */
  public boolean isOpen(long caseId) {
    return cases.existsByIdAndStatus(caseId, CaseStatus.OPEN);
  }

  public long countByStatus(CaseStatus status) {
    return cases.countByStatus(status);
  }

  /** The client of the case, or empty when there is no such case. */
  public Optional<Long> clientOf(long caseId) {
    return cases.findById(caseId).map(RelationshipCase::getClientId);
  }

  public List<RelationshipCase> casesOf(long clientId) {
    return cases.findByClientIdOrderByIdAsc(clientId);
  }

  public List<Proposal> proposalsOf(long caseId) {
    return proposals.findByCaseIdOrderByIdAsc(caseId);
  }

  /** Each case's latest proposal still waiting for the client's answer, by case id. */
  public Map<Long, Proposal> pendingProposalsOf(Collection<Long> caseIds) {
    Map<Long, Proposal> latest = new HashMap<>();
    if (caseIds.isEmpty()) {
      return latest;
    }
    for (Proposal p :
        proposals.findByCaseIdInAndStatusOrderByIdAsc(caseIds, ProposalStatus.PENDING)) {
      latest.put(p.getCaseId(), p);
    }
    return latest;
  }

  private Client client(long clientId) {
    return clients.get(clientId);
  }
}
