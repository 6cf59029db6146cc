package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.client.Contract;
import com.exitdesk.client.Deliverable;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.interaction.Interaction;
import com.exitdesk.interaction.InteractionKind;
import com.exitdesk.interaction.InteractionService;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.MessageTemplates;
import com.exitdesk.messaging.MessagingProperties;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.messaging.OutboxMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  private final ClientService clients;
  private final EvidenceCollector evidence;
  private final InboxService inbox;
  private final Outbox outbox;
  private final MessageTemplates templates;
  private final MessageModels models;
  private final MessagingProperties messaging;
  private final AuditTrail audit;
  private final InteractionService interactions;
  private final Clock clock;

  CaseSteps(
      CaseRepository cases,
      ProposalRepository proposals,
      ProcessStepRepository steps,
      ClientService clients,
      EvidenceCollector evidence,
      InboxService inbox,
      Outbox outbox,
      MessageTemplates templates,
      MessageModels models,
      MessagingProperties messaging,
      AuditTrail audit,
      InteractionService interactions,
      Clock clock) {
    this.cases = cases;
    this.proposals = proposals;
    this.steps = steps;
    this.clients = clients;
    this.evidence = evidence;
    this.inbox = inbox;
    this.outbox = outbox;
    this.templates = templates;
    this.models = models;
    this.messaging = messaging;
    this.audit = audit;
    this.interactions = interactions;
    this.clock = clock;
  }

  @Transactional
  public Map<String, Object> collectEvidence(Step step, Long reportedIncidentId) {
    RelationshipCase c = load(step);
    Evidence found = evidence.collect(c, reportedIncidentId);
    c.evidence(found.strikes(), found.marginPercent(), found.monthsToContractEnd());
    c.moveTo(CasePhase.ASSESSMENT);
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.EVIDENCE_COLLECTED,
          ("%d strikes (%d financial, %d ethical)%s; margin %s; %s; %d deliverables owed; %d failed"
                  + " repairs; last contact %s; %d contacts on the primary channel, %d on others;"
                  + " %d agreements")
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
                  found.failedRepairs(),
                  found.contact().daysSinceLastContact() == null
                      ? "none on record"
                      : found.contact().daysSinceLastContact() + " days ago",
                  found.contact().onPrimaryChannel(),
                  found.contact().onOtherChannels(),
                  found.contact().agreementsMade()),
          AuditTrail.details(
              "strikes", found.strikes(),
              "financialStrikes", found.financialStrikes(),
              "ethicalStrikes", found.ethicalStrikes(),
              "abuseReported", found.abuseReported(),
              "marginPercent", found.marginPercent(),
              "monthsToContractEnd", found.monthsToContractEnd(),
              "openDeliverables", found.openDeliverables(),
              "failedRepairs", found.failedRepairs(),
              "daysSinceLastContact", found.contact().daysSinceLastContact(),
              "contactsOnPrimaryChannel", found.contact().onPrimaryChannel(),
              "contactsOnOtherChannels", found.contact().onOtherChannels(),
              "agreementsMade", found.contact().agreementsMade()));
    }
    Map<String, Object> variables = found.asVariables();
    variables.putAll(reviewSuggestions(client(c)));
    return variables;
  }

  /**
   * What the contract review's form starts from: the client's language (every field whose text
   * reaches the client says which it is) and the contract's own terms, the exit at the end of the
   * current term. Fields named like the form's are pre-filled by it.
   */
  private Map<String, Object> reviewSuggestions(Client client) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("clientLanguage", client.getLocale());
    variables.put(
        "clientLanguageName",
        java.util.Locale.forLanguageTag(client.getLocale())
            .getDisplayLanguage(java.util.Locale.ENGLISH));
    clients
        .contractOf(client.getId())
        .ifPresent(
            contract -> {
              variables.put("contractStartDate", contract.getStartDate().toString());
              variables.put("contractEndDate", contract.getEndDate().toString());
              variables.put("contractNoticePeriodDays", contract.getNoticePeriodDays());
              variables.put("contractEarlyTerminationFee", contract.getEarlyTerminationFee());
              variables.put("contractMonthlyFee", contract.getMonthlyFee());
              variables.put("currency", contract.getCurrency());
              variables.put("exitDate", suggestedExitDate(contract).toString());
              variables.put("noticePeriodDays", contract.getNoticePeriodDays());
              variables.put("earlyTerminationFee", contract.getEarlyTerminationFee());
              if (contract.getTerminationClause() != null) {
                variables.put("terminationClause", contract.getTerminationClause());
              }
            });
    return variables;
  }

  /**
   * The end of the current term when the notice period still fits before it; otherwise the first
   * day the notice allows, since a term that ends sooner cannot be kept without an agreement.
   */
  private LocalDate suggestedExitDate(Contract contract) {
    LocalDate earliest =
        LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(contract.getNoticePeriodDays());
    return contract.getEndDate().isBefore(earliest) ? earliest : contract.getEndDate();
  }

  @Transactional
  public void recordAssessment(
      Step step, Recommendation recommendation, String rationale, String matchedRule) {
    RelationshipCase c = load(step);
    c.recommend(recommendation, rationale, matchedRule);
    if (recommendation != Recommendation.MONITOR) {
      c.moveTo(CasePhase.CONTRACT_REVIEW);
    }
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.RECOMMENDATION_MADE,
          recommendation + ": " + rationale,
          AuditTrail.details(
              "recommendation", recommendation, "rationale", rationale, "rule", matchedRule));
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
            review.earlyTerminationAgreed(),
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
          "Decision %s, exit date %s, notice %d days, %s fee %s, refund %s%s: %s"
              .formatted(
                  decision,
                  review.exitDate(),
                  review.noticePeriodDays(),
                  review.earlyTerminationAgreed()
                      ? "early termination agreed,"
                      : "no early termination,",
                  review.earlyTerminationFee(),
                  review.refundAmount(),
                  review.canTerminateLegally() ? "" : " (the contract does not allow ending it)",
                  review.justification()),
          AuditTrail.details(
              "decision", decision,
              "exitDate", review.exitDate(),
              "noticePeriodDays", review.noticePeriodDays(),
              "earlyTerminationFee", review.earlyTerminationFee(),
              "refundAmount", review.refundAmount(),
              "canTerminateLegally", review.canTerminateLegally(),
              "justification", review.justification()));
    }
    List<Map<String, Object>> owed =
        clients.openDeliverablesOf(c.getClientId()).stream()
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
    // A new review starts a new attempt: the approval no longer follows a failed repair.
    variables.put("repairOutcome", null);
    return variables;
  }

  @Transactional
  public Sending sendProposal(
      Step step, NewTerms terms, Duration answerPeriod, String correctedEmail) {
    RelationshipCase c = load(step);
    Client client = clientWithCorrection(c, correctedEmail);
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
    OutboxMessage message =
        toClient(
            c, client, MessageKind.RENEGOTIATION_PROPOSAL, step, models.proposal(client, proposal));
    return new Sending(
        message.getId(),
        Map.of(
            "proposalId", proposal.getId(), "proposalDeadline", proposal.getDeadline().toString()));
  }

  @Transactional
  public Sending sendProposalReminder(Step step, long proposalId, String correctedEmail) {
    RelationshipCase c = load(step);
    Client client = clientWithCorrection(c, correctedEmail);
    Proposal proposal = proposal(proposalId);
    firstTime(step, c);
    OutboxMessage message =
        toClient(c, client, MessageKind.PROPOSAL_REMINDER, step, models.reminder(client, proposal));
    return new Sending(message.getId(), Map.of());
  }

  /**
   * Puts the accepted terms in force and plans the probation's check-ins at the terms' cadence.
   *
   * @return the check-in plan the probation runs on
   */
  @Transactional
  public Map<String, Object> applyNewTerms(Step step, long proposalId, Duration probation) {
    RelationshipCase c = load(step);
    Proposal proposal = proposal(proposalId);
    NewTerms terms = proposal.terms();
    CheckInPlan plan = CheckInPlan.of(terms.checkInCadence(), probation);
    c.moveTo(CasePhase.PROBATION);
    if (firstTime(step, c)) {
      c.planCheckIns(plan);
      String where =
          clients
              .contractOf(c.getClientId())
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
      CommunicationChannel channel = CommunicationChannel.fromTerms(terms.communicationChannel());
      if (channel != null) {
        client(c).changePrimaryChannel(channel);
      }
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.NEW_TERMS_APPLIED,
          "The client accepted the new terms, "
              + where
              + "; probation starts with "
              + plan.planned()
              + " check-ins ("
              + terms.checkInCadence()
              + ")",
          AuditTrail.details(
              "onContract", where.startsWith("recorded"),
              "checkInsPlanned", plan.planned(),
              "checkInCadence", terms.checkInCadence()));
    }
    return plan.asVariables(client(c).getPrimaryChannel().name());
  }

  /**
   * Records how a probation check-in went: on the case's count, and on the client's history (the
   * meeting or call with what was agreed, or a note that it did not take place).
   *
   * @return the case's counts, and whether a strike was asked for the client's absence
   */
  @Transactional
  public Map<String, Object> recordCheckIn(Step step, CheckIn checkIn) {
    RelationshipCase c = load(step);
    boolean held = checkIn.outcome() == CheckInOutcome.HELD;
    boolean strike = checkIn.outcome() == CheckInOutcome.CLIENT_ABSENT && checkIn.strikeRequested();
    Long interactionId = null;
    if (firstTime(step, c)) {
      Client client = client(c);
      if (held) {
        c.checkInHeld();
      } else {
        c.checkInMissed();
      }
      int number = c.getCheckInsHeld() + c.getCheckInsMissed();
      boolean agreed = held && checkIn.agreed() != null && !checkIn.agreed().isBlank();
      Interaction interaction =
          interactions.record(
              c.getClientId(),
              c.getId(),
              new Interaction.Details(
                  held ? checkInKind(client.getPrimaryChannel()) : InteractionKind.NOTE,
                  clock.instant(),
                  client.getPrimaryChannel(),
                  truncate(client.getName() + "; " + checkIn.recordedBy(), 500),
                  // In the person's own words: the check-in's outcome is on the case's timeline.
                  truncate(checkIn.nextSteps(), 4000),
                  agreed,
                  agreed ? checkIn.agreed() : null),
              null,
              checkIn.recordedBy());
      interactionId = interaction.getId();
      audit.record(
          c.getClientId(),
          c.getId(),
          checkIn.recordedBy(),
          held ? AuditType.CHECK_IN_HELD : AuditType.CHECK_IN_MISSED,
          "Check-in %d of %d %s%s"
              .formatted(
                  number,
                  c.getCheckInsPlanned(),
                  switch (checkIn.outcome()) {
                    case HELD -> "held" + (agreed ? "; agreed: " + checkIn.agreed() : "");
                    case CLIENT_ABSENT -> "missed: the client did not attend";
                    case NOT_HELD -> "not held on our side";
                  },
                  strike ? "; a strike for minimal communication follows" : ""),
          AuditTrail.details(
              "number",
              number,
              "planned",
              c.getCheckInsPlanned(),
              "outcome",
              checkIn.outcome(),
              "agreed",
              agreed ? checkIn.agreed() : null,
              "strike",
              strike));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("checkInsHeld", c.getCheckInsHeld());
    variables.put("checkInsMissed", c.getCheckInsMissed());
    variables.put("checkInStrikeRequested", strike);
    // A redelivered job finds the interaction already written; the strike then points to none.
    variables.put("checkInInteractionId", interactionId);
    return variables;
  }

  /** A call on the phone; on any other channel a check-in is a meeting. */
  private static InteractionKind checkInKind(CommunicationChannel channel) {
    return channel == CommunicationChannel.PHONE ? InteractionKind.CALL : InteractionKind.MEETING;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  /** Reminds the operations team of a check-in that went past its due date unrecorded. */
  @Transactional
  public Sending remindCheckIn(Step step) {
    RelationshipCase c = load(step);
    Client client = client(c);
    Instant dueAt =
        inbox.openTasksOfCase(c.getId()).stream()
            .filter(t -> ProcessConstants.UserTasks.HOLD_CHECK_IN.equals(t.getElementId()))
            .map(InboxTask::getDueAt)
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(clock.instant());
    if (firstTime(step, c)) {
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.CHECK_IN_REMINDED,
          "A check-in due by " + dueAt + " is overdue: the team was reminded",
          AuditTrail.details("dueAt", dueAt));
    }
    OutboxMessage message =
        outbox.queue(
            c.getClientId(),
            c.getId(),
            MessageKind.CHECK_IN_REMINDER,
            step.elementInstanceKey(),
            messaging.checkInRemindersAddress(),
            messaging.staffLanguage(),
            () ->
                templates.render(
                    MessageKind.CHECK_IN_REMINDER,
                    messaging.staffLanguage(),
                    models.checkInReminder(c, client, dueAt)));
    return new Sending(message.getId(), Map.of());
  }

  @Transactional
  public Map<String, Object> recordFailedRepair(Step step, FailedRepair failure, Long proposalId) {
    RelationshipCase c = load(step);
    if (failure == FailedRepair.PROPOSAL_EXPIRED && proposalId != null) {
      proposal(proposalId).expire();
    }
    c.moveTo(
        failure == FailedRepair.PROBATION_BROKEN || failure == FailedRepair.CHECK_INS_MISSED
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
            case CHECK_INS_MISSED ->
                "The probation ended with %d of %d check-ins missed: the case is reassessed"
                    .formatted(c.getCheckInsMissed(), c.getCheckInsHeld() + c.getCheckInsMissed());
          },
          AuditTrail.details(
              "failure", failure,
              "checkInsMissed", c.getCheckInsMissed(),
              "checkInsHeld", c.getCheckInsHeld()));
    }
    // The approval that follows asks for the reasons of the exit, which the letter gives.
    return Map.of("repairOutcome", failure.name());
  }

  @Transactional
  public Sending remindManagers(Step step) {
    RelationshipCase c = load(step);
    Client client = client(c);
    Instant waitingSince =
        inbox.openTasksOfCase(c.getId()).stream()
            .filter(t -> ProcessConstants.UserTasks.APPROVE_TERMINATION.equals(t.getElementId()))
            .map(t -> t.getCreatedAt())
            .findFirst()
            .orElse(clock.instant());
    firstTime(step, c);
    OutboxMessage message =
        outbox.queue(
            c.getClientId(),
            c.getId(),
            MessageKind.APPROVAL_REMINDER,
            step.elementInstanceKey(),
            messaging.managersAddress(),
            messaging.staffLanguage(),
            () ->
                templates.render(
                    MessageKind.APPROVAL_REMINDER,
                    messaging.staffLanguage(),
                    models.approvalReminder(c, client, waitingSince)));
    return new Sending(message.getId(), Map.of());
  }

  @Transactional
  public void recordApproval(
      Step step,
      String decision,
      String rejectionOutcome,
      String comment,
      String exitJustification,
      String decidedBy) {
    RelationshipCase c = load(step);
    c.decideTermination(decision, comment, exitJustification, decidedBy);
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
              + comment,
          AuditTrail.details(
              "decision", decision,
              "rejectionOutcome", approved ? null : rejectionOutcome,
              "comment", comment));
    }
  }

  @Transactional
  public void recordDeliverableDone(
      Step step, long deliverableId, LocalDate deliveredOn, String notes) {
    RelationshipCase c = load(step);
    Deliverable deliverable =
        clients
            .deliverableOf(c.getClientId(), deliverableId)
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
          "'" + deliverable.getTitle() + "' delivered on " + deliveredOn,
          AuditTrail.details("title", deliverable.getTitle(), "deliveredOn", deliveredOn));
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
          "Transition planned; contact: " + contact,
          AuditTrail.details("contact", contact));
    }
  }

  @Transactional
  public void issueRefund(Step step, BigDecimal amount) {
    RelationshipCase c = load(step);
    if (firstTime(step, c)) {
      c.refundIssued(clock.instant());
      String currency = clients.currencyOf(c.getClientId());
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.REFUND_ISSUED,
          "Refund of " + amount + " " + currency + " instructed to finance",
          AuditTrail.details("amount", amount, "currency", currency));
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
          "Cooling-off for " + coolingOff + ": a manager can still withdraw the exit",
          AuditTrail.details("duration", coolingOff, "until", clock.instant().plus(coolingOff)));
    }
  }

  @Transactional
  public Sending sendTerminationNotice(Step step, String correctedEmail) {
    RelationshipCase c = load(step);
    Client client = clientWithCorrection(c, correctedEmail);
    c.moveTo(CasePhase.AWAITING_EXIT_DATE);
    firstTime(step, c);
    OutboxMessage message =
        toClient(c, client, MessageKind.TERMINATION_NOTICE, step, models.notice(c, client));
    return new Sending(message.getId(), Map.of());
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
          "Client closed as of " + on,
          AuditTrail.details("on", on));
    }
  }

  @Transactional
  public void closeCase(Step step, CaseStatus status, Retrospective retrospective) {
    RelationshipCase c = load(step);
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
          case EXITED -> "Client exited on " + c.getExitDate();
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
    firstTime(step, c);
    audit.record(
        c.getClientId(),
        c.getId(),
        AuditTrail.SYSTEM,
        AuditType.CASE_CLOSED,
        status + ": " + outcome,
        AuditTrail.details("status", status, "exitDate", c.getExitDate()));
  }

  private OutboxMessage toClient(
      RelationshipCase c, Client client, MessageKind kind, Step step, Map<String, Object> model) {
    return outbox.queue(
        c.getClientId(),
        c.getId(),
        kind,
        step.elementInstanceKey(),
        client.getEmail(),
        client.getLocale(),
        () -> templates.render(kind, client.getLocale(), model));
  }

  /** Applies the address OPS corrected after the mail server refused the previous one. */
  private Client clientWithCorrection(RelationshipCase c, String correctedEmail) {
    Client client = client(c);
    if (correctedEmail != null && !correctedEmail.equalsIgnoreCase(client.getEmail())) {
      client.changeEmail(correctedEmail);
      audit.record(
          c.getClientId(),
          c.getId(),
          AuditTrail.SYSTEM,
          AuditType.CLIENT_EMAIL_CORRECTED,
          "The client's email address was corrected after a refused delivery",
          AuditTrail.details("corrected", true));
    }
    return client;
  }

  /** Records the step as done; false when a redelivered job already did it. */
  private boolean firstTime(Step step, RelationshipCase c) {
    if (steps.existsById(step.elementInstanceKey())) {
      return false;
    }
    steps.save(
        new ProcessStep(
            step.elementInstanceKey(),
            c.getId(),
            step.jobType(),
            step.elementId(),
            clock.instant()));
    return true;
  }

  private RelationshipCase load(Step step) {
    return cases
        .findById(step.caseId())
        .orElseThrow(() -> new IllegalStateException("Case " + step.caseId() + " does not exist"));
  }

  private Client client(RelationshipCase c) {
    return clients
        .find(c.getClientId())
        .orElseThrow(() -> new IllegalStateException("Client " + c.getClientId() + " is gone"));
  }

  private Proposal proposal(long id) {
    return proposals
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("Proposal " + id + " does not exist"));
  }

  /**
   * A message written to the outbox, to be sent once the step's transaction has committed.
   *
   * @param variables what the step hands back to the process
   */
  record Sending(long outboxId, Map<String, Object> variables) {}

  /** The job being worked: which case, which process step, which kind. */
  record Step(long caseId, long elementInstanceKey, String jobType, String elementId) {}

  /** What was held in a probation check-in, as submitted in {@code task_hold_check_in}. */
  enum CheckInOutcome {
    HELD,
    CLIENT_ABSENT,
    NOT_HELD
  }

  /**
   * @param strikeRequested whether the person asked for a strike for the client's absence
   */
  record CheckIn(
      CheckInOutcome outcome,
      String agreed,
      String nextSteps,
      boolean strikeRequested,
      String recordedBy) {}

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
