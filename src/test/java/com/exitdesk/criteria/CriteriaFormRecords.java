package com.exitdesk.criteria;

import com.exitdesk.inbox.SubmissionRules;

/** The criteria review's task rules, with its form record, for inbox tests without Spring. */
public final class CriteriaFormRecords {

  private CriteriaFormRecords() {}

  public static SubmissionRules owner() {
    return new CriteriaTaskRules();
  }
}
