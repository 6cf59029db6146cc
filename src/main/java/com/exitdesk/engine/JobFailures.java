package com.exitdesk.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a technical fault in a worker into a failed job with one retry fewer and a back-off, so a
 * passing outage (database, SMTP) heals by itself and a lasting one ends as an incident in the
 * engine instead of a hot retry loop. Business outcomes are BPMN errors and pass through.
 */
@Component
public class JobFailures {

  private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

  private final Duration retryBackoff;

  JobFailures(@Value("${exitdesk.workers.retry-backoff:PT10S}") Duration retryBackoff) {
    this.retryBackoff = retryBackoff;
  }

  public <T> T guard(ActivatedJob job, Supplier<T> work) {
    try {
      return work.get();
    } catch (CamundaError e) {
      throw e;
    } catch (RuntimeException e) {
      int retriesLeft = Math.max(0, job.getRetries() - 1);
      log.warn(
          "Job {} ({}, element {}) failed, {} retries left: {}",
          job.getKey(),
          job.getType(),
          job.getElementId(),
          retriesLeft,
          e.toString());
      throw CamundaError.jobError(
          e.getClass().getSimpleName() + ": " + e.getMessage(), null, retriesLeft, retryBackoff, e);
    }
  }

  public void guard(ActivatedJob job, Runnable work) {
    guard(
        job,
        () -> {
          work.run();
          return null;
        });
  }
}
