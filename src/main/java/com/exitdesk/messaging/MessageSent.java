package com.exitdesk.messaging;

/**
 * A message went out to a client. Published inside the transaction that marks it sent, to listeners
 * that run at once in it: the client's history records it there, once per message.
 */
public record MessageSent(
    long clientId, long caseId, long messageId, String recipient, String subject) {}
