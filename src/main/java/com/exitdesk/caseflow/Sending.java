package com.exitdesk.caseflow;

/**
 * A message a step wrote to the outbox, to be sent once the step's transaction has committed (see
 * {@link StepMessages#deliver}).
 *
 * @param variables what the step hands back to the process; null when it hands back none
 */
record Sending<V>(long outboxId, V variables) {

  /** A message whose step hands nothing back to the process. */
  static Sending<Void> only(long outboxId) {
    return new Sending<>(outboxId, null);
  }
}
