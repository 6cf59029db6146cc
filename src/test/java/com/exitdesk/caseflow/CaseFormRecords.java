package com.exitdesk.caseflow;

import com.exitdesk.inbox.SubmissionRules;

/** The case module's task rules, with its form records, for inbox tests that run without Spring. */
public final class CaseFormRecords {

  private CaseFormRecords() {}

  public static SubmissionRules owner() {
    return new CaseTaskRules();
  }
}
