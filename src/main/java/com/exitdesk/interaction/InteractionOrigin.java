package com.exitdesk.interaction;

/** Who put an interaction on record. */
public enum InteractionOrigin {
  /** A member of staff recorded it. */
  STAFF,
  /** The app sent a message to the client. */
  APP,
  /** The client answered through the signed link in an email. */
  CLIENT_LINK
}
