package com.exitdesk.criteria;

import com.exitdesk.criteria.CriteriaReviewModel.JobTypes;
import com.exitdesk.criteria.CriteriaReviews.Outcome;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** The service tasks of the criteria review; the logic is in {@link CriteriaReviews}. */
@Component
public class CriteriaReviewWorkers {

  private final CriteriaReviews reviews;

  CriteriaReviewWorkers(CriteriaReviews reviews) {
    this.reviews = reviews;
  }

  @JobWorker(type = JobTypes.OPEN_REVIEW)
  public ReviewOpening openReview(ActivatedJob job, @Variable(optional = true) Long reviewId) {
    return reviews.open(job.getProcessInstanceKey(), reviewId);
  }

  @JobWorker(type = JobTypes.RECORD_REVIEW)
  public void recordReview(
      ActivatedJob job,
      @Variable long reviewId,
      @Variable String criteriaDecision,
      @Variable(optional = true) Integer strikeThreshold,
      @Variable(optional = true) Integer strikeWindowMonths,
      @Variable(optional = true) String changeReason,
      @Variable(optional = true) String dmnNote,
      @Variable(optional = true) String reviewedBy) {
    reviews.record(
        job.getProcessInstanceKey(),
        job.getElementInstanceKey(),
        reviewId,
        new Outcome(criteriaDecision, strikeThreshold, strikeWindowMonths, changeReason, dmnNote),
        reviewedBy);
  }
}
