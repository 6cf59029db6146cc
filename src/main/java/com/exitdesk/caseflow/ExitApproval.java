package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A manager's decision on the termination, as recorded from {@code task_approve_termination}.
 *
 * @param exitJustification the reasons for the exit the manager gave after a failed repair, for the
 *     client
 */
@Embeddable
public record ExitApproval(
    @Enumerated(EnumType.STRING) @Column(name = "approval_decision") ApprovalDecision decision,
    @Column(name = "approval_comment") String comment,
    @Column(name = "exit_justification") String exitJustification,
    @Column(name = "approved_by") String decidedBy) {

  /** No manager has decided yet. */
  static final ExitApproval NONE = new ExitApproval(null, null, null, null);
}
