package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of a repair do to the case: the proposal of new terms and its reminder, the terms
 * put in force once the client accepts, and the repair that failed. Each runs in one transaction
 * and, through the {@link StepLedger}, applies its side effects once even when its job is
 * redelivered. The jobs reach them through {@link RenegotiationWorkers}.
 */
@Service
class RenegotiationSteps {

  private final CaseLookup lookup;
  private final StepLedger ledger;
  private final ProposalRepository proposals;
  private final StepMessages messages;
  private final MessageModels models;
  private final ClientService clients;
  private final AuditTrail audit;
  private final Clock clock;

  RenegotiationSteps(
      CaseLookup lookup,
      StepLedger ledger,
      ProposalRepository proposals,
      StepMessages messages,
      MessageModels models,
      ClientService clients,
      AuditTrail audit,
      Clock clock) {
    this.lookup = lookup;
    this.ledger = ledger;
    this.proposals = proposals;
    this.messages = messages;
    this.models = models;
    this.clients = clients;
    this.audit = audit;
    this.clock = clock;
  }

  /** The proposal and its message are keyed by the step: a redelivered job finds both. */
  @Transactional
  public Sending<ProposalSent> sendProposal(
      Step step, NewTerms terms, Duration answerPeriod, String correctedEmail) {
    RelationshipCase c = lookup.caseOf(step);
    Client client = messages.clientWithCorrection(c, correctedEmail);
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
    ledger.record(step, c);
    OutboxMessage message =
        messages.toClient(
            c, client, MessageKind.RENEGOTIATION_PROPOSAL, step, models.proposal(client, proposal));
    return new Sending<>(
        message.getId(), new ProposalSent(proposal.getId(), proposal.getDeadline().toString()));
  }

  @Transactional
  public Sending<Void> sendProposalReminder(Step step, long proposalId, String correctedEmail) {
    RelationshipCase c = lookup.caseOf(step);
    Client client = messages.clientWithCorrection(c, correctedEmail);
    Proposal proposal = lookup.proposal(proposalId);
    ledger.record(step, c);
    OutboxMessage message =
        messages.toClient(
            c, client, MessageKind.PROPOSAL_REMINDER, step, models.reminder(client, proposal));
    return Sending.only(message.getId());
  }

  /**
   * Puts the accepted terms in force and plans the probation's check-ins at the terms' cadence.
   *
   * @return the check-in plan the probation runs on
   */
  @Transactional
  public ProbationPlanned applyNewTerms(Step step, long proposalId, Duration probation) {
    RelationshipCase c = lookup.caseOf(step);
    NewTerms terms = lookup.proposal(proposalId).terms();
    CheckInPlan plan = CheckInPlan.of(terms.checkInCadence(), probation);
    c.moveTo(CasePhase.PROBATION);
    ledger.once(step, c, () -> putInForce(c, terms, plan));
    return ProbationPlanned.of(plan, lookup.clientOf(c).getPrimaryChannel().name());
  }

  private void putInForce(RelationshipCase c, NewTerms terms, CheckInPlan plan) {
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
      lookup.clientOf(c).changePrimaryChannel(channel);
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

  @Transactional
  public RepairOutcome recordFailedRepair(Step step, FailedRepair failure, Long proposalId) {
    RelationshipCase c = lookup.caseOf(step);
    if (failure == FailedRepair.PROPOSAL_EXPIRED && proposalId != null) {
      lookup.proposal(proposalId).expire();
    }
    c.moveTo(failure.phaseAfter());
    ledger.once(
        step,
        c,
        () -> {
          c.repairFailed();
          audit.record(
              c.getClientId(),
              c.getId(),
              AuditTrail.SYSTEM,
              AuditType.REPAIR_FAILED,
              switch (failure) {
                case PROPOSAL_DECLINED ->
                    "The client declined the new terms: the exit needs approval";
                case PROPOSAL_EXPIRED ->
                    "The client did not answer the new terms in time: the exit needs approval";
                case PROBATION_BROKEN ->
                    "A new incident broke the probation: the case is reassessed";
                case CHECK_INS_MISSED ->
                    "The probation ended with %d of %d check-ins missed: the case is reassessed"
                        .formatted(c.getCheckIns().missed(), c.getCheckIns().recorded());
              },
              AuditTrail.details(
                  "failure", failure,
                  "checkInsMissed", c.getCheckIns().missed(),
                  "checkInsHeld", c.getCheckIns().held()));
        });
    // The approval that follows asks for the reasons of the exit, which the letter gives.
    return new RepairOutcome(failure);
  }
}
