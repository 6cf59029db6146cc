package com.exitdesk.caseflow;

/** Ways a repair attempt ends without a repaired relationship (task header {@code failure}). */
public enum FailedRepair {
  PROPOSAL_DECLINED,
  PROPOSAL_EXPIRED,
  PROBATION_BROKEN,
  /** The probation's period ended with check-ins that were not held. */
  CHECK_INS_MISSED
}
