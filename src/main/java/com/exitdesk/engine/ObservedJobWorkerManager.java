package com.exitdesk.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.value.JobWorkerValue;
import io.camunda.client.api.command.ActivateJobsCommandStep1;
import io.camunda.client.api.command.CompleteJobCommandStep1;
import io.camunda.client.api.command.FailJobCommandStep1;
import io.camunda.client.api.command.StreamJobsCommandStep1;
import io.camunda.client.api.command.ThrowErrorCommandStep1;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.BackoffSupplier;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobWorkerManager;
import io.camunda.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.MDC;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Runs every job worker with its job's process instance and case on each log line it writes (MDC
 * {@code processInstanceKey} and {@code caseId}), timed per job type and outcome in {@code
 * exitdesk.worker.duration}: {@code completed}, {@code business-error} (a BPMN error the model
 * handles) or {@code failed}.
 *
 * <p>The Camunda starter has no hook around a worker's invocation (its metrics only count), so this
 * wraps each handler its {@link JobWorkerManager} opens. The starter declares its manager without a
 * condition, so this one is the primary bean its annotation processor opens the workers with; the
 * starter's own stays unused. The outcome is the answer the handler gave the engine, which is where
 * the starter's exception handling ({@link JobFailures}) ends.
 */
@Component
@Primary
class ObservedJobWorkerManager extends JobWorkerManager {

  static final String TIMER = "exitdesk.worker.duration";

  private final MeterRegistry metrics;

  ObservedJobWorkerManager(
      CommandExceptionHandlingStrategy commandFailures,
      MetricsRecorder metricsRecorder,
      ParameterResolverStrategy parameters,
      ResultProcessorStrategy results,
      BackoffSupplier backoff,
      JobExceptionHandlingStrategy jobFailures,
      MeterRegistry metrics) {
    super(commandFailures, metricsRecorder, parameters, results, backoff, jobFailures);
    this.metrics = metrics;
  }

  @Override
  public JobWorker openWorker(CamundaClient client, JobWorkerValue worker, JobHandler handler) {
    return super.openWorker(client, worker, observed(handler));
  }

  JobHandler observed(JobHandler handler) {
    return (jobClient, job) -> {
      Timer.Sample sample = Timer.start(metrics);
      AnswerNotingClient answering = new AnswerNotingClient(jobClient);
      String outcome = null;
      try (MDC.MDCCloseable instance =
              MDC.putCloseable("processInstanceKey", String.valueOf(job.getProcessInstanceKey()));
          MDC.MDCCloseable caseId = MDC.putCloseable("caseId", JobCase.idOf(job))) {
        handler.handle(answering, job);
      } catch (Exception | Error e) {
        // Not answered: the client fails the job itself (its variables could not be read, say).
        outcome = "failed";
        throw e;
      } finally {
        sample.stop(
            metrics.timer(
                TIMER,
                "type",
                job.getType(),
                "outcome",
                outcome != null ? outcome : answering.outcome));
      }
    };
  }

  /** The job client a handler answers through, noting which answer it gave. */
  private static final class AnswerNotingClient implements JobClient {

    private final JobClient client;
    private String outcome = "completed";

    AnswerNotingClient(JobClient client) {
      this.client = client;
    }

    @Override
    public CompleteJobCommandStep1 newCompleteCommand(long jobKey) {
      return client.newCompleteCommand(jobKey);
    }

    @Override
    public CompleteJobCommandStep1 newCompleteCommand(ActivatedJob job) {
      return client.newCompleteCommand(job);
    }

    @Override
    public FailJobCommandStep1 newFailCommand(long jobKey) {
      outcome = "failed";
      return client.newFailCommand(jobKey);
    }

    @Override
    public FailJobCommandStep1 newFailCommand(ActivatedJob job) {
      outcome = "failed";
      return client.newFailCommand(job);
    }

    @Override
    public ThrowErrorCommandStep1 newThrowErrorCommand(long jobKey) {
      outcome = "business-error";
      return client.newThrowErrorCommand(jobKey);
    }

    @Override
    public ThrowErrorCommandStep1 newThrowErrorCommand(ActivatedJob job) {
      outcome = "business-error";
      return client.newThrowErrorCommand(job);
    }

    @Override
    public ActivateJobsCommandStep1 newActivateJobsCommand() {
      return client.newActivateJobsCommand();
    }

    @Override
    public StreamJobsCommandStep1 newStreamJobsCommand() {
      return client.newStreamJobsCommand();
    }
  }
}
