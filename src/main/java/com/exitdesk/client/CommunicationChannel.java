package com.exitdesk.client;

/**
 * How we talk with a client. The first five are the channels a client can agree to (the new terms
 * name one); {@link #ANSWER_LINK} is the signed link in our emails, recorded only by the app.
 */
public enum CommunicationChannel {
  EMAIL,
  PHONE,
  VIDEO_CALL,
  IN_PERSON,
  SHARED_WORKSPACE,
  ANSWER_LINK;

  /** Whether a client can agree to it as the way we keep in touch. */
  public boolean canBeAgreed() {
    return this != ANSWER_LINK;
  }

  /** The channel named by the new terms' form value, or null when it names none we know. */
  public static CommunicationChannel fromTerms(String value) {
    if (value == null) {
      return null;
    }
    for (CommunicationChannel channel : values()) {
      if (channel.name().equals(value) && channel.canBeAgreed()) {
        return channel;
      }
    }
    return null;
  }
}
