package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;

/**
 * The message that hands a new incident to the open case: the evidence, collected again after it
 * broke a probation, counts it even before it joined the case.
 */
record IncidentReported(long lastIncidentId) implements ProcessVariables {}
