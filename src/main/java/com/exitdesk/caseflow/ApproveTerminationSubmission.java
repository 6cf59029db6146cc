package com.exitdesk.caseflow;

import com.exitdesk.inbox.SubmissionRule;

/**
 * What bpmn/approve-termination.form submits, with the outcome of the repair it follows. The form
 * shows the reasons for the client only after a failed repair, and declares their length.
 *
 * @param repairOutcome the case's: how the last proposal of new terms ended, if one was made
 */
record ApproveTerminationSubmission(
    String repairOutcome, String approvalDecision, String exitJustification) {

  @SubmissionRule(
      field = "exitJustification",
      code = "required",
      message =
          "is required after a failed repair: the review's justification argued for the repair,"
              + " the letter needs the reasons for the exit")
  boolean isAnExitAfterAFailedRepairExplained() {
    boolean repairFailed =
        "PROPOSAL_DECLINED".equals(repairOutcome) || "PROPOSAL_EXPIRED".equals(repairOutcome);
    return !(repairFailed && "APPROVE".equals(approvalDecision)) || exitJustification != null;
  }
}
