package com.exitdesk.inbox;

import com.exitdesk.caseflow.CaseFormRecords;
import com.exitdesk.criteria.CriteriaFormRecords;
import java.util.List;

/** The modules that own user tasks, as the application wires them: each brings its form records. */
final class TaskOwners {

  static final List<SubmissionRules> ALL =
      List.of(CaseFormRecords.owner(), CriteriaFormRecords.owner());

  private TaskOwners() {}
}
