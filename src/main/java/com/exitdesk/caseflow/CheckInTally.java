package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The check-ins of the case's latest probation: how many it plans at which cadence, and how many
 * were held or missed so far. A new probation starts its own count.
 *
 * @param cadence the new terms' cadence; null before the first probation
 * @param missed the client did not attend, or we did not hold it
 */
@Embeddable
public record CheckInTally(
    @Column(name = "check_in_cadence") String cadence,
    @Column(name = "check_ins_planned") int planned,
    @Column(name = "check_ins_held") int held,
    @Column(name = "check_ins_missed") int missed) {

  /** No probation yet. */
  static final CheckInTally NONE = new CheckInTally(null, 0, 0, 0);

  static CheckInTally of(CheckInPlan plan) {
    return new CheckInTally(plan.cadence(), plan.planned(), 0, 0);
  }

  CheckInTally oneMoreHeld() {
    return new CheckInTally(cadence, planned, held + 1, missed);
  }

  CheckInTally oneMoreMissed() {
    return new CheckInTally(cadence, planned, held, missed + 1);
  }

  /** Held and missed together: the check-ins recorded so far. */
  int recorded() {
    return held + missed;
  }
}
