package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.Deliverable;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.MessagingProperties;
import com.exitdesk.messaging.OutboxMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of an exit do to the case: the managers' approval and its reminder, the
 * deliverables and the transition, the refund, the cooling-off and the termination notice. Each
 * runs in one transaction and, through the {@link StepLedger}, applies its side effects once even
 * when its job is redelivered. The jobs reach them through {@link ExitWorkers}.
 */
@Service
class ExitSteps {

  private final CaseLookup lookup;
  private final StepLedger ledger;
  private final StepMessages messages;
  private final MessageModels models;
  private final MessagingProperties messaging;
  private final ClientService clients;
  private final InboxService inbox;
  private final AuditTrail audit;
  private final Clock clock;

  ExitSteps(
      CaseLookup lookup,
      StepLedger ledger,
      StepMessages messages,
      MessageModels models,
      MessagingProperties messaging,
      ClientService clients,
      InboxService inbox,
      AuditTrail audit,
      Clock clock) {
    this.lookup = lookup;
    this.ledger = ledger;
    this.messages = messages;
    this.models = models;
    this.messaging = messaging;
    this.clients = clients;
    this.inbox = inbox;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Sending<Void> remindManagers(Step step) {
    RelationshipCase c = lookup.caseOf(step);
    Client client = lookup.clientOf(c);
    Instant waitingSince =
        inbox.openTasksOfCase(c.getId()).stream()
            .filter(t -> ProcessConstants.UserTasks.APPROVE_TERMINATION.equals(t.getElementId()))
            .map(t -> t.getCreatedAt())
            .findFirst()
            .orElse(clock.instant());
    ledger.record(step, c);
    OutboxMessage message =
        messages.toStaff(
            c,
            MessageKind.APPROVAL_REMINDER,
            step,
            messaging.managersAddress(),
            () -> models.approvalReminder(c, client, waitingSince));
    return Sending.only(message.getId());
  }

  @Transactional
  public void recordApproval(
      Step step,
      ApprovalDecision decision,
      ApprovalDecision.Instead rejectionOutcome,
      String comment,
      String exitJustification,
      String decidedBy) {
    RelationshipCase c = lookup.caseOf(step);
    c.decideTermination(decision, comment, exitJustification, decidedBy);
    boolean approved = decision == ApprovalDecision.APPROVE;
    if (approved) {
      c.moveTo(CasePhase.WINDING_DOWN);
    } else if (rejectionOutcome == ApprovalDecision.Instead.REPAIR) {
      c.moveTo(CasePhase.DRAFTING_TERMS);
    }
    ledger.once(
        step,
        c,
        () ->
            audit.record(
                c.getClientId(),
                c.getId(),
                decidedBy,
                AuditType.TERMINATION_DECIDED,
                (approved
                        ? "Termination approved"
                        : "Termination rejected; instead: "
                            + (rejectionOutcome == ApprovalDecision.Instead.REPAIR
                                ? "try a repair"
                                : "keep the client"))
                    + ". "
                    + comment,
                AuditTrail.details(
                    "decision", decision,
                    "rejectionOutcome", approved ? null : rejectionOutcome,
                    "comment", comment)));
  }

  @Transactional
  public void recordDeliverableDone(
      Step step, long deliverableId, LocalDate deliveredOn, String notes) {
    RelationshipCase c = lookup.caseOf(step);
    Deliverable deliverable =
        clients
            .deliverableOf(c.getClientId(), deliverableId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Deliverable " + deliverableId + " does not belong to case " + c.getId()));
    deliverable.markDelivered(deliveredOn, notes);
    ledger.once(
        step,
        c,
        () ->
            audit.record(
                c.getClientId(),
                c.getId(),
                AuditTrail.SYSTEM,
                AuditType.DELIVERABLE_COMPLETED,
                "'" + deliverable.getTitle() + "' delivered on " + deliveredOn,
                AuditTrail.details("title", deliverable.getTitle(), "deliveredOn", deliveredOn)));
  }

  @Transactional
  public void recordTransitionPlan(
      Step step, String handoverPlan, String dataReturn, String alternatives, String contact) {
    RelationshipCase c = lookup.caseOf(step);
    c.planTransition(handoverPlan, dataReturn, alternatives, contact);
    ledger.once(
        step,
        c,
        () ->
            audit.record(
                c.getClientId(),
                c.getId(),
                AuditTrail.SYSTEM,
                AuditType.TRANSITION_PLANNED,
                "Transition planned; contact: " + contact,
                AuditTrail.details("contact", contact)));
  }

  @Transactional
  public void issueRefund(Step step, BigDecimal amount) {
    RelationshipCase c = lookup.caseOf(step);
    ledger.once(
        step,
        c,
        () -> {
          c.refundIssued(clock.instant());
          String currency = clients.currencyOf(c.getClientId());
          audit.record(
              c.getClientId(),
              c.getId(),
              AuditTrail.SYSTEM,
              AuditType.REFUND_ISSUED,
              "Refund of " + amount + " " + currency + " instructed to finance",
              AuditTrail.details("amount", amount, "currency", currency));
        });
  }

  @Transactional
  public void startCoolingOff(Step step, Duration coolingOff) {
    RelationshipCase c = lookup.caseOf(step);
    c.moveTo(CasePhase.COOLING_OFF);
    ledger.once(
        step,
        c,
        () -> {
          c.coolOffUntil(clock.instant().plus(coolingOff));
          audit.record(
              c.getClientId(),
              c.getId(),
              AuditTrail.SYSTEM,
              AuditType.COOLING_OFF_STARTED,
              "Cooling-off for " + coolingOff + ": a manager can still withdraw the exit",
              AuditTrail.details(
                  "duration", coolingOff, "until", clock.instant().plus(coolingOff)));
        });
  }

  /** The notice is keyed by the step in the outbox: a redelivered job finds it. */
  @Transactional
  public Sending<Void> sendTerminationNotice(Step step, String correctedEmail) {
    RelationshipCase c = lookup.caseOf(step);
    Client client = messages.clientWithCorrection(c, correctedEmail);
    c.moveTo(CasePhase.AWAITING_EXIT_DATE);
    ledger.record(step, c);
    OutboxMessage message =
        messages.toClient(
            c, client, MessageKind.TERMINATION_NOTICE, step, models.notice(c, client));
    return Sending.only(message.getId());
  }
}
