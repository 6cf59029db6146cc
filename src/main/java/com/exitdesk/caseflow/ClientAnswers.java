package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.ProcessConstants.Messages;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.interaction.InteractionService;
import com.exitdesk.shared.ConflictException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client's answer to the new terms a case proposed: recorded once, on the proposal and the
 * timeline, and handed to the process waiting for it.
 */
@Service
public class ClientAnswers {

  private final CaseService cases;
  private final ProposalRepository proposals;
  private final ProcessCommands commands;
  private final AuditTrail audit;
  private final InteractionService interactions;
  private final TransactionTemplate tx;
  private final Clock clock;

  ClientAnswers(
      CaseService cases,
      ProposalRepository proposals,
      ProcessCommands commands,
      AuditTrail audit,
      InteractionService interactions,
      TransactionTemplate tx,
      Clock clock) {
    this.cases = cases;
    this.proposals = proposals;
    this.commands = commands;
    this.audit = audit;
    this.interactions = interactions;
    this.tx = tx;
    this.clock = clock;
  }

  /** Records the client's answer to the pending proposal and lets the process go on. */
  public Proposal recordClientAnswer(long caseId, boolean accepted, String comment, String actor) {
    return record(caseId, accepted, comment, actor, false);
  }

  /**
   * Records the client's answer that came through the signed link in our email: the answer is an
   * interaction on the client's record too (an agreement when accepted).
   */
  public Proposal recordClientAnswerThroughLink(
      long caseId, boolean accepted, String comment, String actor) {
    return record(caseId, accepted, comment, actor, true);
  }

  private Proposal record(
      long caseId, boolean accepted, String comment, String actor, boolean throughLink) {
    return tx.execute(
        status -> {
          RelationshipCase c = cases.find(caseId);
          Proposal proposal = pendingProposal(c);
          proposal.answer(accepted, comment, actor, clock.instant());
          proposals.saveAndFlush(proposal);
          audit.record(
              c.getClientId(),
              caseId,
              actor,
              AuditType.CLIENT_ANSWERED,
              "The client "
                  + (accepted ? "accepted" : "declined")
                  + " the new terms"
                  + (comment == null || comment.isBlank() ? "" : ": " + comment),
              AuditTrail.details("accepted", accepted, "comment", comment));
          if (throughLink) {
            interactions.recordAnswerThroughLink(
                c.getClientId(), caseId, accepted, comment, describe(proposal.terms()), actor);
          }
          // Inside the transaction: if the engine refuses, the answer is not recorded either.
          commands.publishMessage(
              Messages.CLIENT_ANSWERED,
              c.getId().toString(),
              "proposal-" + proposal.getId() + "-answer",
              CaseService.MESSAGE_TTL,
              new ClientAnswered(
                  accepted, comment, clock.instant().toString(), throughLink ? null : actor));
          return proposal;
        });
  }

  /** The proposal the case waits an answer to; a case not waiting for one is a conflict. */
  private Proposal pendingProposal(RelationshipCase c) {
    long caseId = c.getId();
    if (c.getPhase() != CasePhase.AWAITING_CLIENT_ANSWER) {
      throw new ConflictException(
          "case-not-waiting-for-answer",
          "Case " + caseId + " is not waiting for a client's answer (it is " + c.getPhase() + ")");
    }
    return proposals
        .findFirstByCaseIdOrderByIdDesc(caseId)
        .filter(p -> p.getStatus() == ProposalStatus.PENDING)
        .orElseThrow(
            () ->
                new ConflictException(
                    "no-pending-proposal", "Case " + caseId + " has no pending proposal"));
  }

  private static String describe(NewTerms terms) {
    return "New terms: scope "
        + terms.scope()
        + "; boundaries "
        + terms.boundaries()
        + "; channel "
        + terms.communicationChannel()
        + "; check-ins "
        + terms.checkInCadence()
        + "; monthly fee "
        + terms.monthlyFee();
  }
}
