package com.exitdesk.messaging;

public enum OutboxStatus {
  /** Written and waiting for delivery. */
  QUEUED,
  SENT
}
