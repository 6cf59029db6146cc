package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.ProcessConstants.ErrorCodes;
import com.exitdesk.client.Client;
import com.exitdesk.messaging.AddressRejectedException;
import com.exitdesk.messaging.MessageDispatcher;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.MessageTemplates;
import com.exitdesk.messaging.MessagingProperties;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.messaging.OutboxMessage;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The messages steps send: queued in the outbox under the step's element instance inside the step's
 * transaction (so a redelivered job finds its message instead of writing a second), and delivered
 * by the worker once that transaction has committed.
 */
@Component
class StepMessages {

  private final Outbox outbox;
  private final MessageTemplates templates;
  private final MessagingProperties messaging;
  private final MessageDispatcher dispatcher;
  private final CaseLookup lookup;
  private final AuditTrail audit;

  StepMessages(
      Outbox outbox,
      MessageTemplates templates,
      MessagingProperties messaging,
      MessageDispatcher dispatcher,
      CaseLookup lookup,
      AuditTrail audit) {
    this.outbox = outbox;
    this.templates = templates;
    this.messaging = messaging;
    this.dispatcher = dispatcher;
    this.lookup = lookup;
    this.audit = audit;
  }

  OutboxMessage toClient(
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

  /** A message to the team, in the staff's language; its model is built only when queued. */
  OutboxMessage toStaff(
      RelationshipCase c,
      MessageKind kind,
      Step step,
      String address,
      Supplier<Map<String, Object>> model) {
    return outbox.queue(
        c.getClientId(),
        c.getId(),
        kind,
        step.elementInstanceKey(),
        address,
        messaging.staffLanguage(),
        () -> templates.render(kind, messaging.staffLanguage(), model.get()));
  }

  /** Applies the address OPS corrected after the mail server refused the previous one. */
  Client clientWithCorrection(RelationshipCase c, String correctedEmail) {
    Client client = lookup.clientOf(c);
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

  /**
   * Sends the message the step wrote, after its transaction committed. A refused client address is
   * a business outcome the model handles: OPS corrects it and the step runs again.
   *
   * @return the variables the step hands back to the process
   */
  <V> V deliver(Sending<V> sending) {
    try {
      dispatcher.dispatch(sending.outboxId());
    } catch (AddressRejectedException e) {
      throw CamundaError.bpmnError(
          ErrorCodes.CLIENT_ADDRESS_REJECTED,
          "The mail server refused the client's address: " + e.getMessage(),
          new AddressRejected(e.getMessage()));
    }
    return sending.variables();
  }
}
