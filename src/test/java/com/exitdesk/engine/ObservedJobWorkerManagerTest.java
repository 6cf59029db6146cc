package com.exitdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.BackoffSupplier;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Every worker runs with its case on the log lines it writes and is timed per job type, with the
 * answer it gave the engine as the outcome.
 */
class ObservedJobWorkerManagerTest {

  private static final String TYPE = "exitdesk.collect-evidence";

  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final JobClient client = mock(JobClient.class, RETURNS_DEEP_STUBS);
  private final ActivatedJob job = mock(ActivatedJob.class);
  private final ObservedJobWorkerManager workers =
      new ObservedJobWorkerManager(
          mock(CommandExceptionHandlingStrategy.class),
          mock(MetricsRecorder.class),
          mock(ParameterResolverStrategy.class),
          mock(ResultProcessorStrategy.class),
          mock(BackoffSupplier.class),
          mock(JobExceptionHandlingStrategy.class),
          metrics);

  @BeforeEach
  void aJobOfCaseSeven() {
    when(job.getKey()).thenReturn(42L);
    when(job.getType()).thenReturn(TYPE);
    when(job.getProcessInstanceKey()).thenReturn(2251799813685249L);
    when(job.getVariablesAsMap()).thenReturn(Map.of("caseId", 7));
  }

  @Test
  void theWorkerLogsWithItsCaseAndProcessInstanceAndOnlyWhileItRuns() throws Exception {
    Map<String, String> seen = new HashMap<>();
    workers.observed((c, j) -> seen.putAll(MDC.getCopyOfContextMap())).handle(client, job);

    assertThat(seen)
        .containsEntry("caseId", "7")
        .containsEntry("processInstanceKey", "2251799813685249");
    assertThat(MDC.get("caseId")).isNull();
    assertThat(MDC.get("processInstanceKey")).isNull();
  }

  @Test
  void aCompletedJobIsTimedAsCompleted() throws Exception {
    workers.observed((c, j) -> c.newCompleteCommand(j)).handle(client, job);

    assertThat(count("completed")).isEqualTo(1);
  }

  @Test
  void aFailedJobIsTimedAsFailed() throws Exception {
    workers.observed((c, j) -> c.newFailCommand(j.getKey())).handle(client, job);

    assertThat(count("failed")).isEqualTo(1);
    assertThat(count("completed")).isZero();
  }

  @Test
  void aBpmnErrorIsTimedAsABusinessError() throws Exception {
    workers.observed((c, j) -> c.newThrowErrorCommand(j.getKey())).handle(client, job);

    assertThat(count("business-error")).isEqualTo(1);
  }

  @Test
  void aHandlerThatThrowsIsTimedAsFailedAndTheClientSeesTheException() {
    JobHandler broken =
        (c, j) -> {
          throw new IllegalArgumentException("caseId is not a number");
        };

    assertThatThrownBy(() -> workers.observed(broken).handle(client, job))
        .hasMessage("caseId is not a number");
    assertThat(count("failed")).isEqualTo(1);
    assertThat(MDC.get("caseId")).isNull();
  }

  private long count(String outcome) {
    var timer =
        metrics.find(ObservedJobWorkerManager.TIMER).tags("type", TYPE, "outcome", outcome).timer();
    return timer == null ? 0 : timer.count();
  }
}
