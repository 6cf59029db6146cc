package com.exitdesk.caseflow;

import io.camunda.client.api.response.ActivatedJob;

/**
 * The job being worked: which case, which process step, which kind.
 *
 * @param elementInstanceKey the step's key on the {@link StepLedger} and the outbox
 */
record Step(long caseId, long elementInstanceKey, String jobType, String elementId) {

  static Step of(ActivatedJob job, long caseId) {
    return of(job, caseId, null);
  }

  /**
   * @param retryOf the element instance this one stands in for when an operator retried a job that
   *     ran out of retries by entering its step again ({@link
   *     com.exitdesk.engine.FailedJobs#retryFailedJob}): the step and the message it queued stay
   *     the ones of that first instance
   */
  static Step of(ActivatedJob job, long caseId, Long retryOf) {
    return new Step(
        caseId,
        retryOf != null ? retryOf : job.getElementInstanceKey(),
        job.getType(),
        job.getElementId());
  }
}
