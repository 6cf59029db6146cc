package com.exitdesk.engine;

/**
 * A fault that retrying cannot heal (a decision that did not come through the inbox, say): the job
 * fails with no retries left and becomes an incident at once, for a person to look at.
 */
public class PermanentFailure extends RuntimeException {

  public PermanentFailure(String message) {
    super(message);
  }
}
