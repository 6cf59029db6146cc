package com.exitdesk.caseflow;

/** What the assess_relationship decision recommends. */
public enum Recommendation {
  MONITOR,
  REPAIR,
  EXIT,
  FAST_EXIT
}
