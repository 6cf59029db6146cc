package com.exitdesk.messaging;

/** Every kind of message the process sends; each has its own service task type. */
public enum MessageKind {
  RENEGOTIATION_PROPOSAL(Audience.CLIENT),
  PROPOSAL_REMINDER(Audience.CLIENT),
  TERMINATION_NOTICE(Audience.CLIENT),
  APPROVAL_REMINDER(Audience.STAFF);

  private final Audience audience;

  MessageKind(Audience audience) {
    this.audience = audience;
  }

  public Audience audience() {
    return audience;
  }

  public enum Audience {
    CLIENT,
    STAFF
  }
}
