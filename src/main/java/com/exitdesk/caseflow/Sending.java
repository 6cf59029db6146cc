package com.exitdesk.caseflow;

import java.util.Map;

/**
 * A message a step wrote to the outbox, to be sent once the step's transaction has committed (see
 * {@link StepMessages#deliver}).
 *
 * @param variables what the step hands back to the process
 */
record Sending(long outboxId, Map<String, Object> variables) {}
