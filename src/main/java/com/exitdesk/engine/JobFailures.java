package com.exitdesk.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a technical fault in any job worker into a failed job with one retry fewer and a back-off,
 * so a passing outage (database, SMTP) heals by itself and a lasting one ends as an incident in the
 * engine, listed in the {@link StuckJobLog}, instead of a hot retry loop. A {@link
 * PermanentFailure} takes the last retry at once. Business outcomes are BPMN errors and pass
 * through to the engine as the model expects them.
 *
 * <p>The Camunda starter uses this bean for every {@code @JobWorker} in place of its default, which
 * would fail the job without a back-off and record nothing.
 */
@Component
public class JobFailures implements JobExceptionHandlingStrategy {

  private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

  private final Duration retryBackoff;
  private final StuckJobLog stuckJobs;
  private final JobExceptionHandlingStrategy answers;

  JobFailures(
      @Value("${exitdesk.workers.retry-backoff:PT10S}") Duration retryBackoff,
      StuckJobLog stuckJobs,
      CommandExceptionHandlingStrategy commandFailures,
      MetricsRecorder metricsRecorder) {
    this.retryBackoff = retryBackoff;
    this.stuckJobs = stuckJobs;
    // Sends the fail or throw-error command, with the starter's own command retries and metrics.
    this.answers = new DefaultJobExceptionHandlingStrategy(commandFailures, metricsRecorder);
  }

  @Override
  public void handleException(Exception failure, ExceptionHandlingContext context)
      throws Exception {
    if (failure instanceof CamundaError) {
      answers.handleException(failure, context);
      return;
    }
    ActivatedJob job = context.job();
    int retriesLeft = failure instanceof PermanentFailure ? 0 : Math.max(0, job.getRetries() - 1);
    String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    log.warn(
        "Job {} ({}, element {}) failed, {} retries left: {}",
        job.getKey(),
        job.getType(),
        job.getElementId(),
        retriesLeft,
        failure.toString());
    if (retriesLeft == 0) {
      stuckJobs.failedForGood(job, JobCase.keyOf(job), error);
    }
    answers.handleException(
        CamundaError.jobError(error, null, retriesLeft, retryBackoff, failure), context);
  }
}
