package com.exitdesk.caseflow;

public enum CaseStatus {
  OPEN,
  REPAIRED,
  EXITED,
  RETAINED,
  WITHDRAWN;

  public boolean isClosed() {
    return this != OPEN;
  }
}
