package com.exitdesk.caseflow;

import com.exitdesk.caseflow.ProbationPlanned.CheckInCounts;
import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What recording a check-in hands the process: the case's counts, and whether a strike follows for
 * the client's absence.
 *
 * @param checkInInteractionId the interaction that put the check-in on the client's history, which
 *     the strike points to; null when a redelivered job found it written already
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CheckInRecorded(
    @JsonUnwrapped CheckInCounts counts, boolean checkInStrikeRequested, Long checkInInteractionId)
    implements ProcessVariables {}
