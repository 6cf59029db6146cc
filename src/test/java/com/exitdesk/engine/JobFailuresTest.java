package com.exitdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.annotation.value.JobWorkerValue;
import io.camunda.client.api.command.FailJobCommandStep1;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy.ExceptionHandlingContext;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the engine is told when a worker throws: a technical fault costs one retry and waits the
 * back-off, a permanent one takes the last retry and is listed as stuck, a BPMN error is thrown as
 * the model expects it.
 */
class JobFailuresTest {

  private static final Duration BACKOFF = Duration.ofSeconds(10);

  private final StuckJobLog stuckJobs = mock(StuckJobLog.class);
  private final JobClient client = mock(JobClient.class, RETURNS_DEEP_STUBS);
  private final ActivatedJob job = mock(ActivatedJob.class);
  private final JobFailures failures =
      new JobFailures(
          BACKOFF,
          stuckJobs,
          mock(CommandExceptionHandlingStrategy.class),
          mock(MetricsRecorder.class));

  @Test
  void aTechnicalFaultCostsOneRetryAndWaitsTheBackOff() throws Exception {
    onJobWithRetries(3);

    failures.handleException(new IllegalStateException("database down"), context());

    FailJobCommandStep1 fail = client.newFailCommand(42L);
    verify(fail).retries(2);
    verify(fail.retries(2)).errorMessage(contains("IllegalStateException: database down"));
    verify(stuckJobs, never()).failedForGood(any(), any(), anyString());
  }

  @Test
  void theLastRetryListsTheJobAsStuckWithItsCase() throws Exception {
    onJobWithRetries(1);

    failures.handleException(new IllegalStateException("database down"), context());

    verify(client.newFailCommand(42L)).retries(0);
    verify(stuckJobs).failedForGood(job, 7L, "IllegalStateException: database down");
  }

  @Test
  void aPermanentFailureTakesTheLastRetryAtOnce() throws Exception {
    onJobWithRetries(3);

    failures.handleException(new PermanentFailure("not from the inbox"), context());

    verify(client.newFailCommand(42L)).retries(0);
    verify(stuckJobs).failedForGood(eq(job), eq(7L), contains("not from the inbox"));
  }

  @Test
  void aBpmnErrorReachesTheModelAndCostsNoRetry() throws Exception {
    onJobWithRetries(3);

    failures.handleException(
        CamundaError.bpmnError("client-address-rejected", "refused"), context());

    verify(client.newThrowErrorCommand(42L)).errorCode("client-address-rejected");
    verify(client, never()).newFailCommand(42L);
    verify(stuckJobs, never()).failedForGood(any(), any(), anyString());
  }

  @Test
  void aJobWithoutACaseIsListedWithoutOne() throws Exception {
    onJobWithRetries(1);
    when(job.getVariablesAsMap()).thenReturn(Map.of("reviewId", 3));

    failures.handleException(new IllegalStateException("x"), context());

    verify(stuckJobs).failedForGood(job, null, "IllegalStateException: x");
    assertThat(JobCase.idOf(job)).isEmpty();
  }

  private void onJobWithRetries(int retries) {
    when(job.getKey()).thenReturn(42L);
    when(job.getRetries()).thenReturn(retries);
    when(job.getType()).thenReturn("exitdesk.send-termination-notice");
    when(job.getVariablesAsMap()).thenReturn(Map.of("caseId", 7));
  }

  private ExceptionHandlingContext context() {
    JobWorkerValue worker = new JobWorkerValue();
    worker.setType("exitdesk.send-termination-notice");
    worker.setMaxRetries(0);
    return new ExceptionHandlingContext(client, job, worker);
  }
}
