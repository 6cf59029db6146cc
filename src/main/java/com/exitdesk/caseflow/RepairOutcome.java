package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the last repair attempt failed, for the approval that follows: its form asks for the reasons
 * of the exit, which the letter gives.
 *
 * @param repairOutcome null when no failed repair precedes the approval; sent as null, since the
 *     variable must be cleared, not left as an earlier attempt set it
 */
record RepairOutcome(@JsonInclude(JsonInclude.Include.ALWAYS) FailedRepair repairOutcome)
    implements ProcessVariables {

  static final RepairOutcome NONE = new RepairOutcome(null);
}
