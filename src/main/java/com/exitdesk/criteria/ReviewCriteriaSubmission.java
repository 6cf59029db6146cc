package com.exitdesk.criteria;

import com.exitdesk.inbox.SubmissionRule;
import java.util.Objects;

/**
 * What bpmn/review-criteria.form submits, with the criteria in force. The form requires the new
 * threshold, window and reason when the criteria change.
 *
 * @param currentThreshold the strike number in force when the review started
 * @param currentWindowMonths the window in force when the review started
 */
record ReviewCriteriaSubmission(
    Integer currentThreshold,
    Integer currentWindowMonths,
    String criteriaDecision,
    Integer strikeThreshold,
    Integer strikeWindowMonths) {

  @SubmissionRule(
      field = "strikeThreshold",
      code = "criteria-unchanged",
      message =
          "is the threshold in force, and so is the window: change one of them, or keep the"
              + " criteria")
  boolean isAChangeWhenChanging() {
    return !"CHANGE".equals(criteriaDecision)
        || !Objects.equals(strikeThreshold, currentThreshold)
        || !Objects.equals(strikeWindowMonths, currentWindowMonths);
  }
}
