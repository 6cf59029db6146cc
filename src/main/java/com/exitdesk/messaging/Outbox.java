package com.exitdesk.messaging;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every outgoing message is written here before it is sent, once per case, kind and process step,
 * and keeps what happened to it.
 */
@Service
public class Outbox {

  private final OutboxRepository messages;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Outbox(
      OutboxRepository messages, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.messages = messages;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Queues the message unless this step already did; rendering is skipped for a repeat.
   *
   * @param processStep the element instance of the sending task: a redelivered job has the same
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMessage queue(
      long clientId,
      long caseId,
      MessageKind kind,
      long processStep,
      String recipient,
      String language,
      Supplier<RenderedMessage> render) {
    String key = caseId + ":" + kind + ":" + processStep;
    return messages
        .findByIdempotencyKey(key)
        .orElseGet(
            () -> {
              OutboxMessage message =
                  messages.save(
                      new OutboxMessage(
                          clientId,
                          caseId,
                          kind,
                          key,
                          recipient,
                          render.get(),
                          language,
                          clock.instant()));
              audit.record(
                  clientId,
                  caseId,
                  AuditTrail.SYSTEM,
                  AuditType.MESSAGE_QUEUED,
                  kind + " to " + audienceOf(kind) + ": " + message.getSubject(),
                  AuditTrail.details("kind", kind, "subject", message.getSubject()));
              return message;
            });
  }

  @Transactional(readOnly = true)
  public List<OutboxMessage> forCase(long caseId) {
    return messages.findByCaseIdOrderByIdAsc(caseId);
  }

  /** Messages written before {@code before} and still not sent. */
  @Transactional(readOnly = true)
  public List<OutboxMessage> queuedBefore(java.time.Instant before) {
    return messages.findByStatusAndCreatedAtBeforeOrderByIdAsc(OutboxStatus.QUEUED, before);
  }

  @Transactional(readOnly = true)
  public long countQueuedBefore(java.time.Instant before) {
    return messages.countByStatusAndCreatedAtBefore(OutboxStatus.QUEUED, before);
  }

  /** Records on the case's timeline that an operator sent a queued message again. */
  @Transactional
  public void recordResent(long id, String operator) {
    OutboxMessage message = find(id);
    audit.record(
        message.getClientId(),
        message.getCaseId(),
        operator,
        AuditType.MESSAGE_RESENT,
        message.getKind()
            + " sent again from the operations page: "
            + message.getStatus().name().toLowerCase(java.util.Locale.ROOT));
  }

  @Transactional(readOnly = true)
  public OutboxMessage find(long id) {
    return messages.findById(id).orElseThrow(() -> new NotFoundException("Message", id));
  }

  @Transactional
  void markSent(long id, String messageId) {
    OutboxMessage message = find(id);
    message.sent(messageId, clock.instant());
    audit.record(
        message.getClientId(),
        message.getCaseId(),
        AuditTrail.SYSTEM,
        AuditType.MESSAGE_SENT,
        message.getKind() + " sent to " + audienceOf(message.getKind()),
        AuditTrail.details("kind", message.getKind()));
    if (message.getKind().audience() == MessageKind.Audience.CLIENT) {
      // The client's history holds every message they received from us.
      events.publishEvent(
          new MessageSent(
              message.getClientId(),
              message.getCaseId(),
              message.getId(),
              message.getRecipient(),
              message.getSubject()));
    }
  }

  @Transactional
  void markBounced(long id, String reason) {
    OutboxMessage message = find(id);
    message.bounced(reason);
    audit.record(
        message.getClientId(),
        message.getCaseId(),
        AuditTrail.SYSTEM,
        AuditType.MESSAGE_BOUNCED,
        message.getKind() + " refused by the mail server: " + reason,
        AuditTrail.details("kind", message.getKind(), "reason", reason));
  }

  @Transactional
  void markDeliveryFailed(long id, String reason) {
    find(id).deliveryFailed(reason);
  }

  private static String audienceOf(MessageKind kind) {
    return kind.audience() == MessageKind.Audience.CLIENT ? "the client" : "staff";
  }
}
