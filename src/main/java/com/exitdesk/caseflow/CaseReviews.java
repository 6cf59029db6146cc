package com.exitdesk.caseflow;

import com.exitdesk.incident.ReviewOpener;
import org.springframework.stereotype.Component;

/** A review the strikes call for is a case: it opens one and starts its process. */
@Component
class CaseReviews implements ReviewOpener {

  private final CaseService cases;

  CaseReviews(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public long openReview(long clientId, String reason, String actor) {
    return cases.open(clientId, reason, actor).getId();
  }
}
