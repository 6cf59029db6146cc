package com.exitdesk.messaging;

public enum OutboxStatus {
  /** Written and waiting for delivery (or for the mail server to come back). */
  QUEUED,
  SENT,
  /** The mail server refused the recipient for good; a corrected address sends a new message. */
  BOUNCED
}
