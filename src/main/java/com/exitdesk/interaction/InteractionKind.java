package com.exitdesk.interaction;

/** What kind of contact with the client an interaction records. */
public enum InteractionKind {
  CALL,
  MEETING,
  EMAIL_RECEIVED,
  EMAIL_SENT,
  MESSAGE,
  AGREEMENT,
  NOTE
}
