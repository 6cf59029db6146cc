package com.exitdesk.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Sends a queued message once. Called outside any transaction, after the outbox row is committed: a
 * message that is already sent is never sent again, and one the server did not take stays queued
 * for the next try.
 */
@Service
public class MessageDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

  private final Outbox outbox;
  private final MailDelivery delivery;
  private final MeterRegistry metrics;

  MessageDispatcher(Outbox outbox, MailDelivery delivery, MeterRegistry metrics) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.metrics = metrics;
  }

  /**
   * @throws AddressRejectedException the recipient's address is refused for good
   * @throws MailException the mail server is unreachable or failed: try again later
   */
  public void dispatch(long outboxId) {
    OutboxMessage message = outbox.find(outboxId);
    switch (message.getStatus()) {
      case SENT -> {
        return;
      }
      case BOUNCED ->
          throw new AddressRejectedException(
              "Message " + outboxId + " was refused before: " + message.getFailure(), null);
      case QUEUED -> {}
    }
    String messageId;
    try {
      messageId = delivery.send(message);
    } catch (AddressRejectedException e) {
      outbox.markBounced(outboxId, e.getMessage());
      count(message, "bounced");
      throw e;
    } catch (MailException e) {
      outbox.markDeliveryFailed(outboxId, e.getClass().getSimpleName() + ": " + e.getMessage());
      count(message, "failed");
      throw e;
    }
    outbox.markSent(outboxId, messageId);
    count(message, "sent");
    // Ids only: the recipient's address and the message's content stay out of the logs.
    log.info(
        "Sent {} of case {} (outbox message {})", message.getKind(), message.getCaseId(), outboxId);
  }

  private void count(OutboxMessage message, String outcome) {
    metrics
        .counter("exitdesk.messages", "kind", message.getKind().name(), "outcome", outcome)
        .increment();
  }
}
