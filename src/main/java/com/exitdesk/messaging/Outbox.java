package com.exitdesk.messaging;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes every outgoing message once, keyed by case, kind and process step. */
@Service
public class Outbox {

  private final OutboxRepository messages;
  private final AuditTrail audit;
  private final Clock clock;

  Outbox(OutboxRepository messages, AuditTrail audit, Clock clock) {
    this.messages = messages;
    this.audit = audit;
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
      String locale,
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
                          locale,
                          clock.instant()));
              audit.record(
                  clientId,
                  caseId,
                  AuditTrail.SYSTEM,
                  AuditType.MESSAGE_QUEUED,
                  kind
                      + " to "
                      + (kind.audience() == MessageKind.Audience.CLIENT ? "the client" : "staff")
                      + ": "
                      + message.getSubject());
              return message;
            });
  }

  @Transactional(readOnly = true)
  public List<OutboxMessage> forCase(long caseId) {
    return messages.findByCaseIdOrderByIdAsc(caseId);
  }
}
