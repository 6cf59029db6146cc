package com.exitdesk.caseflow;

public enum CaseStatus {
  OPEN,
  REPAIRED,
  EXITED,
  RETAINED,
  WITHDRAWN,
  /** Its process instance was cancelled outside Exit Desk; an operator closed the case. */
  CANCELLED;

  public boolean isClosed() {
    return this != OPEN;
  }
}
