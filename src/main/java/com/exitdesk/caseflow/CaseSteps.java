package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientRepository;
import com.exitdesk.client.Contract;
import com.exitdesk.client.ContractRepository;
import com.exitdesk.client.Deliverable;
import com.exitdesk.client.DeliverableRepository;
import com.exitdesk.client.DeliverableStatus;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.messaging.MessageComposer;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.MessagingProperties;
import com.exitdesk.messaging.Outbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each service task of the process does to the case. Every step runs in one transaction and,
 * through the step ledger, applies its side effects once even when its job is redelivered; the
 * variables it returns are the same either way.
 */
@Service
class CaseSteps {

  private final CaseRepository cases;
  private final ProposalRepository proposals;
  private final ProcessStepRepository steps;
  private final ClientRepository clients;
  private final ContractRepository contracts;
  private final DeliverableRepository deliverables;
  private final EvidenceCollector evidence;
  private final InboxService inbox;
  private final Outbox outbox;
  private final MessageComposer composer;
  private final MessagingProperties messaging;
  private final AuditTrail audit;
  private final Clock clock;

  CaseSteps(
      CaseRepository cases,
      ProposalRepository proposals,
      ProcessStepRepository steps,
      ClientRepository clients,
      ContractRepository contracts,
      DeliverableRepository deliverables,
      EvidenceCollector evidence,
      InboxService inbox,
      Outbox outbox,
      MessageComposer composer,
      MessagingProperties messaging,
      AuditTrail audit,
      Clock clock) {
    this.cases = cases;
    this.proposals = proposals;
    this.steps = steps;
    this.clients = clients;
    this.contracts = contracts;
    this.deliverables = deliverables;
    this.evidence = evidence;
    this.inbox = inbox;
    this.outbox = outbox;
    this.composer = composer;
    this.messaging = messaging;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Map<String, Object> collectEvidence(Step step) {
    RelationshipCase c = load(step);
    Evidence found = evidence.collect(c);
    c.evidence(found.strikes(), found.marginPercent(), found.monthsToContractEnd());
    c.moveTo(CasePhase.ASSESSMENT);
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.EVIDENCE_COLLECTED,
          "%d strikes (%d financial, %d ethical)%s; margin %s; %s; %d deliverables owed; %d failed repairs"
              .formatted(
                  found.strikes(),
                  found.financialStrikes(),
                  found.ethicalStrikes(),
                  found.abuseReported() ? ", abuse reported" : "",
                  found.marginPercent() == null
                      ? "unknown (no ledger)"
                      : found.marginPercent() + " %",
                  found.monthsToContractEnd() == null
                      ? "no contract"
                      : found.monthsToContractEnd() + " months to contract end",
                  found.openDeliverables(),
                  found.failedRepairs()));
    }
    return found.asVariables();
  }

  @Transactional
  public void recordAssessment(Step step, Recommendation recommendation, String rationale) {
    RelationshipCase c = load(step);
    c.recommend(recommendation, rationale);
    if (recommendation != Recommendation.MONITOR) {
      c.moveTo(CasePhase.CONTRACT_REVIEW);
    }
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.RECOMMENDATION_MADE,
          recommendation + ": " + rationale);
    }
  }

  @Transactional
  public Map<String, Object> recordContractReview(
      Step step, ContractReview review, Recommendation recommendation) {
    RelationshipCase c = load(step);
    String decision = recommendation == Recommendation.FAST_EXIT ? "EXIT" : review.decision();
    ContractReview effective =
        new ContractReview(
            review.canTerminateLegally(),
            review.terminationClause(),
            review.exitDate(),
            review.noticePeriodDays(),
            review.earlyTerminationFee(),
            review.refundAmount(),
            decision,
            review.justification(),
            review.reviewedBy());
    c.review(effective);
    c.moveTo("REPAIR".equals(decision) ? CasePhase.DRAFTING_TERMS : CasePhase.AWAITING_APPROVAL);
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          review.reviewedBy(),
          AuditType.CONTRACT_REVIEWED,
          "Decision %s, exit date %s, notice %d days, fee %s, refund %s%s: %s"
              .formatted(
                  decision,
                  review.exitDate(),
                  review.noticePeriodDays(),
                  review.earlyTerminationFee(),
                  review.refundAmount(),
                  review.canTerminateLegally() ? "" : " (the contract does not allow ending it)",
                  review.justification()));
    }
    List<Map<String, Object>> owed =
        deliverables
            .findByClientIdAndStatusOrderByDueDateAscIdAsc(c.getClientId(), DeliverableStatus.OPEN)
            .stream()
            .map(
                d -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("id", d.getId());
                  item.put("title", d.getTitle());
                  item.put("dueDate", d.getDueDate().toString());
                  return item;
                })
            .toList();
    Map<String, Object> variables = new HashMap<>();
    variables.put("reviewDecision", decision);
    variables.put("exitAt", review.exitDate().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    variables.put("deliverablesOwed", owed);
    return variables;
  }

  @Transactional
  public Map<String, Object> sendProposal(Step step, NewTerms terms, Duration answerPeriod) {
    RelationshipCase c = load(step);
    Client client = client(c);
    Proposal proposal =
        proposals
            .findByElementInstanceKey(step.elementInstanceKey())
            .orElseGet(
                () ->
                    proposals.save(
                        new Proposal(
                            c.getId(),
                            step.elementInstanceKey(),
                            terms,
                            clock.instant().plus(answerPeriod),
                            clock.instant())));
    c.moveTo(CasePhase.AWAITING_CLIENT_ANSWER);
    firstTime(step, c);
    String currency =
        contracts.findByClientId(c.getClientId()).map(Contract::getCurrency).orElse("EUR");
    outbox.queue(
        c.getClientId(),
        c.getId(),
        MessageKind.RENEGOTIATION_PROPOSAL,
        step.elementInstanceKey(),
        client.getEmail(),
        client.getLocale().name(),
        () ->
            composer.compose(
                MessageKind.RENEGOTIATION_PROPOSAL,
                Map.of(
                    "clientName", client.getName(),
                    "scope", terms.scope(),
                    "boundaries", terms.boundaries(),
                    "communicationChannel", terms.communicationChannel(),
                    "checkInCadence", terms.checkInCadence(),
                    "monthlyFee", terms.monthlyFee(),
                    "currency", currency,
                    "deadline", proposal.getDeadline(),
                    "senderName", messaging.senderName())));
    return Map.of(
        "proposalId", proposal.getId(), "proposalDeadline", proposal.getDeadline().toString());
  }

  @Transactional
  public void sendProposalReminder(Step step, long proposalId) {
    RelationshipCase c = load(step);
    Client client = client(c);
    Proposal proposal = proposal(proposalId);
    firstTime(step, c);
    outbox.queue(
        c.getClientId(),
        c.getId(),
        MessageKind.PROPOSAL_REMINDER,
        step.elementInstanceKey(),
        client.getEmail(),
        client.getLocale().name(),
        () ->
            composer.compose(
                MessageKind.PROPOSAL_REMINDER,
                Map.of(
                    "clientName", client.getName(),
                    "deadline", proposal.getDeadline(),
                    "senderName", messaging.senderName())));
  }

  @Transactional
  public void applyNewTerms(Step step, long proposalId) {
    RelationshipCase c = load(step);
    Proposal proposal = proposal(proposalId);
    c.moveTo(CasePhase.PROBATION);
    if (firstTime(step, c)) {
      NewTerms terms = proposal.terms();
      String where =
          contracts
              .findByClientId(c.getClientId())
              .map(
                  contract -> {
                    contract.renegotiate(
                        terms.scope(),
                        terms.boundaries(),
                        terms.communicationChannel(),
                        terms.checkInCadence(),
                        terms.monthlyFee(),
                        clock.instant());
                    return "recorded on the contract";
                  })
              .orElse("kept on the proposal (the client has no contract on file)");
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.NEW_TERMS_APPLIED,
          "The client accepted the new terms, " + where + "; probation starts");
    }
  }

  @Transactional
  public void recordFailedRepair(Step step, FailedRepair failure, Long proposalId) {
    RelationshipCase c = load(step);
    if (failure == FailedRepair.PROPOSAL_EXPIRED && proposalId != null) {
      proposal(proposalId).expire();
    }
    c.moveTo(
        failure == FailedRepair.PROBATION_BROKEN
            ? CasePhase.ASSESSMENT
            : CasePhase.AWAITING_APPROVAL);
    if (firstTime(step, c)) {
      c.repairFailed();
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.REPAIR_FAILED,
          switch (failure) {
            case PROPOSAL_DECLINED -> "The client declined the new terms: the exit needs approval";
            case PROPOSAL_EXPIRED ->
                "The client did not answer the new terms in time: the exit needs approval";
            case PROBATION_BROKEN -> "A new incident broke the probation: the case is reassessed";
          });
    }
  }

  @Transactional
  public void remindManagers(Step step) {
    RelationshipCase c = load(step);
    Client client = client(c);
    String waitingSince =
        inbox.openTasksOfCase(c.getId()).stream()
            .filter(t -> ProcessConstants.UserTasks.APPROVE_TERMINATION.equals(t.getElementId()))
            .map(t -> t.getCreatedAt().toString())
            .findFirst()
            .orElse("its contract review");
    firstTime(step, c);
    outbox.queue(
        c.getClientId(),
        c.getId(),
        MessageKind.APPROVAL_REMINDER,
        step.elementInstanceKey(),
        messaging.managersAddress(),
        "en",
        () ->
            composer.compose(
                MessageKind.APPROVAL_REMINDER,
                Map.of(
                    "clientName", client.getName(),
                    "caseId", c.getId(),
                    "waitingSince", waitingSince)));
  }

  @Transactional
  public void recordApproval(
      Step step, String decision, String rejectionOutcome, String comment, String decidedBy) {
    RelationshipCase c = load(step);
    c.decideTermination(decision, comment, decidedBy);
    boolean approved = "APPROVE".equals(decision);
    if (approved) {
      c.moveTo(CasePhase.WINDING_DOWN);
    } else if ("REPAIR".equals(rejectionOutcome)) {
      c.moveTo(CasePhase.DRAFTING_TERMS);
    }
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          decidedBy,
          AuditType.TERMINATION_DECIDED,
          (approved
                  ? "Termination approved"
                  : "Termination rejected; instead: "
                      + ("REPAIR".equals(rejectionOutcome) ? "try a repair" : "keep the client"))
              + ". "
              + comment);
    }
  }

  @Transactional
  public void recordDeliverableDone(
      Step step, long deliverableId, LocalDate deliveredOn, String notes) {
    RelationshipCase c = load(step);
    Deliverable deliverable =
        deliverables
            .findById(deliverableId)
            .filter(d -> d.getClientId().equals(c.getClientId()))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Deliverable " + deliverableId + " does not belong to case " + c.getId()));
    deliverable.markDelivered(deliveredOn, notes);
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.DELIVERABLE_COMPLETED,
          "'" + deliverable.getTitle() + "' delivered on " + deliveredOn);
    }
  }

  @Transactional
  public void recordTransitionPlan(
      Step step, String handoverPlan, String dataReturn, String alternatives, String contact) {
    RelationshipCase c = load(step);
    c.planTransition(handoverPlan, dataReturn, alternatives, contact);
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.TRANSITION_PLANNED,
          "Transition planned; contact: " + contact);
    }
  }

  @Transactional
  public void issueRefund(Step step, BigDecimal amount) {
    RelationshipCase c = load(step);
    if (firstTime(step, c)) {
      c.refundIssued(clock.instant());
      String currency =
          contracts.findByClientId(c.getClientId()).map(Contract::getCurrency).orElse("EUR");
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.REFUND_ISSUED,
          "Refund of " + amount + " " + currency + " instructed to finance");
    }
  }

  @Transactional
  public void startCoolingOff(Step step, Duration coolingOff) {
    RelationshipCase c = load(step);
    c.moveTo(CasePhase.COOLING_OFF);
    if (firstTime(step, c)) {
      c.coolOffUntil(clock.instant().plus(coolingOff));
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.COOLING_OFF_STARTED,
          "Cooling-off for " + coolingOff + ": a manager can still withdraw the exit");
    }
  }

  @Transactional
  public void sendTerminationNotice(Step step) {
    RelationshipCase c = load(step);
    Client client = client(c);
    c.moveTo(CasePhase.AWAITING_EXIT_DATE);
    firstTime(step, c);
    List<Deliverable> all = deliverables.findByClientIdOrderByDueDateAscIdAsc(c.getClientId());
    String delivered =
        all.isEmpty()
            ? "none were outstanding"
            : all.stream()
                .map(
                    d ->
                        d.getTitle()
                            + (d.getStatus() == DeliverableStatus.DONE
                                ? " (delivered " + d.getDeliveredOn() + ")"
                                : " (in progress, due " + d.getDueDate() + ")"))
                .collect(Collectors.joining("; "));
    String currency =
        contracts.findByClientId(c.getClientId()).map(Contract::getCurrency).orElse("EUR");
    BigDecimal refund = c.getRefundAmount() == null ? BigDecimal.ZERO : c.getRefundAmount();
    outbox.queue(
        c.getClientId(),
        c.getId(),
        MessageKind.TERMINATION_NOTICE,
        step.elementInstanceKey(),
        client.getEmail(),
        client.getLocale().name(),
        () ->
            composer.compose(
                MessageKind.TERMINATION_NOTICE,
                Map.ofEntries(
                    Map.entry("clientName", client.getName()),
                    Map.entry("exitDate", c.getExitDate()),
                    Map.entry("terminationClause", c.getTerminationClause()),
                    Map.entry("reasons", c.getJustification()),
                    Map.entry("deliverables", delivered),
                    Map.entry("handoverPlan", c.getHandoverPlan()),
                    Map.entry("dataReturn", c.getDataReturn()),
                    Map.entry("alternatives", c.getAlternatives()),
                    Map.entry(
                        "refund",
                        refund.signum() > 0 ? refund + " " + currency : "none was agreed"),
                    Map.entry("transitionContact", c.getTransitionContact()),
                    Map.entry("senderName", messaging.senderName()))));
  }

  @Transactional
  public void closeClient(Step step) {
    RelationshipCase c = load(step);
    Client client = client(c);
    LocalDate on = c.getExitDate() != null ? c.getExitDate() : LocalDate.now(clock);
    if (!client.isClosed()) {
      client.close(on);
    }
    c.moveTo(CasePhase.RETROSPECTIVE);
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.CLIENT_CLOSED,
          "Client closed as of " + on);
    }
  }

  @Transactional
  public void closeCase(Step step, CaseStatus status, Retrospective retrospective) {
    RelationshipCase c = load(step);
    if (c.getStatus().isClosed()) {
      return;
    }
    if (retrospective != null) {
      c.retrospective(
          retrospective.whatHappened(),
          retrospective.ourShare(),
          retrospective.warningSignsMissed(),
          retrospective.criteriaChange());
    }
    String outcome =
        switch (status) {
          case RETAINED -> "Client retained";
          case REPAIRED -> "Relationship repaired: the new terms held through probation";
          case WITHDRAWN -> "Exit withdrawn during the cooling-off period";
          case EXITED -> "Client exited on " + c.getExitDate();
          case OPEN -> throw new IllegalArgumentException("A case cannot close as OPEN");
        };
    c.close(status, outcome, clock.instant());
    inbox.cancelOpenTasksOfCase(c.getId(), c.getClientId());
    firstTime(step, c);
    audit.record(
        c.getClientId(),
        c.getId(),
        AuditTrail.SYSTEM,
        AuditType.CASE_CLOSED,
        status + ": " + outcome);
  }

  /** Records the step as done; false when a redelivered job already did it. */
  private boolean firstTime(Step step, RelationshipCase c) {
    if (steps.existsById(step.elementInstanceKey())) {
      return false;
    }
    steps.save(
        new ProcessStep(step.elementInstanceKey(), c.getId(), step.jobType(), clock.instant()));
    return true;
  }

  private RelationshipCase load(Step step) {
    return cases
        .findById(step.caseId())
        .orElseThrow(() -> new IllegalStateException("Case " + step.caseId() + " does not exist"));
  }

  private Client client(RelationshipCase c) {
    return clients
        .findById(c.getClientId())
        .orElseThrow(() -> new IllegalStateException("Client " + c.getClientId() + " is gone"));
  }

  private Proposal proposal(long id) {
    return proposals
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("Proposal " + id + " does not exist"));
  }

  /** The job being worked: which case, which process step, which kind. */
  record Step(long caseId, long elementInstanceKey, String jobType) {}

  record Retrospective(
      String whatHappened, String ourShare, String warningSignsMissed, String criteriaChange) {}
}
