package com.exitdesk.interaction;

import com.exitdesk.messaging.MessageSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The client's history holds every message they received from us. */
@Component
class SentMessages {

  private final InteractionService interactions;

  SentMessages(InteractionService interactions) {
    this.interactions = interactions;
  }

  /** In the transaction that marks the message sent: both are on record, or neither. */
  @EventListener
  void record(MessageSent sent) {
    interactions.recordMessageSent(
        sent.clientId(), sent.caseId(), sent.messageId(), sent.recipient(), sent.subject());
  }
}
