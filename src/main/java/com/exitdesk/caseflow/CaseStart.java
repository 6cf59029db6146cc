package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The variables a case's process starts with: the case, its client (both also read by the inbox and
 * the engine's logs, as {@link com.exitdesk.engine.CaseVariables} names them), why it was opened,
 * and every waiting period, so a running case keeps the periods it started with.
 */
record CaseStart(
    long caseId, long clientId, String reason, @JsonUnwrapped ProcessTimings.Periods periods)
    implements ProcessVariables {}
