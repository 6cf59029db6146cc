package com.exitdesk.caseflow;

/**
 * What the managers decided about a termination. On the wire (the approval form's options, the
 * process variable {@code approvalDecision}, the case's column) it is the constant's name.
 */
public enum ApprovalDecision {
  APPROVE,
  REJECT;

  static ApprovalDecision ofNullable(String name) {
    return name == null || name.isBlank() ? null : valueOf(name);
  }

  static String nameOf(ApprovalDecision decision) {
    return decision == null ? null : decision.name();
  }

  /** What follows a rejected termination, as the approval form's {@code rejectionOutcome}. */
  public enum Instead {
    REPAIR,
    RETAIN;

    static Instead ofNullable(String name) {
      return name == null || name.isBlank() ? null : valueOf(name);
    }
  }
}
