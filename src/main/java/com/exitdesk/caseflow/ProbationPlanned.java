package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The variables the probation runs on, from the new terms' check-in plan: the check-in timer's
 * cycle, the probation's own timer, and the counts, which start at zero.
 *
 * @param checkInChannel the client's primary channel, on which the check-ins are held
 * @param probationEndsAfter an ISO-8601 duration, for the probation's timer
 */
record ProbationPlanned(
    String checkInCadence,
    String checkInChannel,
    String checkInCycle,
    int checkInsPlanned,
    @JsonUnwrapped CheckInCounts counts,
    String probationEndsAfter)
    implements ProcessVariables {

  static ProbationPlanned of(CheckInPlan plan, String channel) {
    return new ProbationPlanned(
        plan.cadence(),
        channel,
        plan.cycle(),
        plan.planned(),
        CheckInCounts.NONE_YET,
        plan.probationEndsAfter().toString());
  }

  /** The probation's check-ins so far; the probation ends clean only when none was missed. */
  record CheckInCounts(int checkInsHeld, int checkInsMissed) {

    static final CheckInCounts NONE_YET = new CheckInCounts(0, 0);
  }
}
