package com.exitdesk.criteria;

import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * What the review's first step hands the process: either the review it works on, or that another
 * review is open already and this process ends.
 *
 * @param openReviewId the review open already; left out when this process has its own
 * @param review null when another review is open
 */
record ReviewOpening(
    boolean alreadyOpen,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long openReviewId,
    @JsonUnwrapped ReviewUnderWay review)
    implements ProcessVariables {

  static ReviewOpening alreadyOpen(Long openReviewId) {
    return new ReviewOpening(true, openReviewId, null);
  }

  static ReviewOpening of(ReviewUnderWay review) {
    return new ReviewOpening(false, null, review);
  }

  /**
   * The review and what its task shows: the period's figures and the policy in force, from which
   * the form's number fields ({@code strikeThreshold}, {@code strikeWindowMonths}) start.
   */
  record ReviewUnderWay(
      long reviewId,
      Map<String, Object> figures,
      int currentThreshold,
      int currentWindowMonths,
      int strikeThreshold,
      int strikeWindowMonths) {}
}
