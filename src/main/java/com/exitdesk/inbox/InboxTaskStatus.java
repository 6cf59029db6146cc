package com.exitdesk.inbox;

public enum InboxTaskStatus {
  OPEN,
  /** Someone submitted it and the engine has not confirmed yet. */
  COMPLETING,
  COMPLETED,
  /** The process moved on without it: interrupted, or its case ended. */
  CANCELED
}
