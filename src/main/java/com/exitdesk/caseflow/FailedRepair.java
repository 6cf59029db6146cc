package com.exitdesk.caseflow;

/** Ways a repair attempt ends without a repaired relationship (task header {@code failure}). */
public enum FailedRepair {
  PROPOSAL_DECLINED,
  PROPOSAL_EXPIRED,
  PROBATION_BROKEN,
  /** The probation's period ended with check-ins that were not held. */
  CHECK_INS_MISSED;

  /**
   * Where the case goes next: a repair that broke down during its probation is assessed again; one
   * the client never took up leaves the exit to be approved.
   */
  CasePhase phaseAfter() {
    return switch (this) {
      case PROBATION_BROKEN, CHECK_INS_MISSED -> CasePhase.ASSESSMENT;
      case PROPOSAL_DECLINED, PROPOSAL_EXPIRED -> CasePhase.AWAITING_APPROVAL;
    };
  }
}
