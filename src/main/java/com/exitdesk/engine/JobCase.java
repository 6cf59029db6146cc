package com.exitdesk.engine;

import io.camunda.client.api.response.ActivatedJob;

/**
 * The case a job works on, as its {@link CaseVariables#CASE_ID} variable names it. Jobs of
 * processes without a case (the criteria review) and jobs whose variables cannot be read have none.
 */
final class JobCase {

  /** The case id as text, empty when there is none: it goes on log lines as it is. */
  static String idOf(ActivatedJob job) {
    try {
      Object caseId = job.getVariablesAsMap().get(CaseVariables.CASE_ID);
      return caseId == null ? "" : caseId.toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  static Long keyOf(ActivatedJob job) {
    String caseId = idOf(job);
    try {
      return caseId.isEmpty() ? null : Long.valueOf(caseId);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private JobCase() {}
}
