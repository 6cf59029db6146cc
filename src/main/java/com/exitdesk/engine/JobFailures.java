package com.exitdesk.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
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
  private final MeterRegistry metrics;
  private final StuckJobLog stuckJobs;

  JobFailures(
      @Value("${exitdesk.workers.retry-backoff:PT10S}") Duration retryBackoff,
      MeterRegistry metrics,
      StuckJobLog stuckJobs) {
    this.retryBackoff = retryBackoff;
    this.metrics = metrics;
    this.stuckJobs = stuckJobs;
  }

  /**
   * Runs the worker's step, timed per job type, with the case and process instance on every log
   * line it writes.
   */
  public <T> T guard(ActivatedJob job, Supplier<T> work) {
    Timer.Sample sample = Timer.start(metrics);
    String outcome = "completed";
    try (MDC.MDCCloseable instance =
            MDC.putCloseable("processInstanceKey", String.valueOf(job.getProcessInstanceKey()));
        MDC.MDCCloseable caseId = MDC.putCloseable("caseId", caseIdOf(job))) {
      return work.get();
    } catch (CamundaError e) {
      outcome = "business-error";
      throw e;
    } catch (RuntimeException e) {
      int retriesLeft = e instanceof PermanentFailure ? 0 : Math.max(0, job.getRetries() - 1);
      log.warn(
          "Job {} ({}, element {}) failed, {} retries left: {}",
          job.getKey(),
          job.getType(),
          job.getElementId(),
          retriesLeft,
          e.toString());
      outcome = "failed";
      if (retriesLeft == 0) {
        stuckJobs.failedForGood(
            job, caseKeyOf(job), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      throw CamundaError.jobError(
          e.getClass().getSimpleName() + ": " + e.getMessage(), null, retriesLeft, retryBackoff, e);
    } finally {
      sample.stop(
          metrics.timer("exitdesk.worker.duration", "type", job.getType(), "outcome", outcome));
    }
  }

  private static String caseIdOf(ActivatedJob job) {
    try {
      Object caseId = job.getVariablesAsMap().get("caseId");
      return caseId == null ? "" : caseId.toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Long caseKeyOf(ActivatedJob job) {
    String caseId = caseIdOf(job);
    try {
      return caseId.isEmpty() ? null : Long.valueOf(caseId);
    } catch (NumberFormatException e) {
      return null;
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
