package com.exitdesk.bench;

import com.exitdesk.caseflow.ProcessConstants;
import com.exitdesk.dev.FreePort;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The engine's own limit for this process: the same model, the same number of jobs, every job
 * completed at once by a no-op worker with the variables the gateways need. No database, no
 * templates, no mail, no inbox.
 */
final class EngineBaseline {

  /**
   * What a run gave: cases a second, and the CPU it took by kind of thread (the engine runs in this
   * JVM only for the in-process engine).
   */
  record Measured(double casesPerSecond, Map<String, Double> cpuMs) {}

  static double casesPerSecond(int cases) throws Exception {
    return measure(cases).casesPerSecond();
  }

  static Measured measure(int cases) throws Exception {
    ZeebeTestEngine engine = EngineFactory.create(FreePort.pick("the baseline engine"));
    engine.start();
    try (ZeebeClient client = engine.createClient()) {
      return measure(client, cases);
    } finally {
      engine.stop();
    }
  }

  /**
   * The same against an engine elsewhere (the standalone engine of the production set-up), through
   * the given client. Deploys the models (again is harmless: the engine keeps one version).
   */
  static double casesPerSecond(ZeebeClient client, int cases) throws Exception {
    return measure(client, cases).casesPerSecond();
  }

  private static Measured measure(ZeebeClient client, int cases) throws Exception {
    List<JobWorker> workers = new ArrayList<>();
    try {
      var deploy = client.newDeployResourceCommand();
      var resolver = new PathMatchingResourcePatternResolver();
      var step =
          (io.camunda.zeebe.client.api.command.DeployResourceCommandStep1
                  .DeployResourceCommandStep2)
              null;
      for (String pattern :
          List.of("classpath*:/bpmn/*.bpmn", "classpath*:/bpmn/*.dmn", "classpath*:/bpmn/*.form")) {
        for (Resource resource : resolver.getResources(pattern)) {
          try (InputStream in = resource.getInputStream()) {
            step =
                (step == null ? deploy : step)
                    .addResourceBytes(in.readAllBytes(), resource.getFilename());
          }
        }
      }
      // A cold engine on a busy machine takes longer than the default 10 s to deploy.
      step.requestTimeout(Duration.ofMinutes(5)).send().join();

      for (String type : jobTypes()) {
        workers.add(
            client
                .newWorker()
                .jobType(type)
                .handler(
                    (jobClient, job) ->
                        jobClient.newCompleteCommand(job.getKey()).variables(variables(job)).send())
                .streamEnabled(true)
                .maxJobsActive(64)
                .timeout(Duration.ofMinutes(5))
                .open());
      }

      ThreadCpu cpu = ThreadCpu.start();
      Instant started = Instant.now();
      List<CompletableFuture<?>> running = new ArrayList<>();
      Semaphore inFlight = new Semaphore(ExitPathBenchmark.IN_FLIGHT);
      for (int i = 0; i < cases; i++) {
        inFlight.acquire();
        Map<String, Object> start = new HashMap<>();
        start.put("caseId", i + 1);
        start.put("clientId", i + 1);
        start.put("reason", "baseline");
        start.put("proposalAnswerPeriod", "P7D");
        start.put("proposalReminderAfter", "P5D");
        start.put("approvalReminderAfter", "PT1H");
        start.put("coolingOffPeriod", "PT0S");
        start.put("probationPeriod", "P90D");
        running.add(
            client
                .newCreateInstanceCommand()
                .bpmnProcessId(ProcessConstants.PROCESS_ID)
                .latestVersion()
                .variables(start)
                .withResult()
                .requestTimeout(Duration.ofMinutes(30))
                .send()
                .toCompletableFuture()
                .whenComplete((result, failure) -> inFlight.release()));
      }
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
      double perSecond = cases / (Duration.between(started, Instant.now()).toMillis() / 1000.0);
      return new Measured(perSecond, cpu.stop());
    } finally {
      workers.forEach(JobWorker::close);
    }
  }

  private static List<String> jobTypes() throws IllegalAccessException {
    List<String> types = new ArrayList<>();
    for (Field field : ProcessConstants.JobTypes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        types.add((String) field.get(null));
      }
    }
    return types;
  }

  private static Map<String, Object> variables(ActivatedJob job) {
    Map<String, Object> variables = new HashMap<>();
    switch (job.getType()) {
      case ProcessConstants.JobTypes.COLLECT_EVIDENCE -> {
        variables.put(
            "evidence",
            Map.of(
                "abuseReported", false,
                "failedRepairs", 0,
                "strikes", 3,
                "ethicalStrikes", 0,
                "marginPercent", 10,
                "monthsToContractEnd", 12));
      }
      case ProcessConstants.JobTypes.RECORD_CONTRACT_REVIEW -> {
        variables.put("reviewDecision", "EXIT");
        variables.put("exitAt", Instant.now().toString());
        variables.put("refundAmount", 0);
        variables.put(
            "deliverablesOwed",
            List.of(
                Map.of("id", 1, "title", "One"),
                Map.of("id", 2, "title", "Two"),
                Map.of("id", 3, "title", "Three")));
      }
      case ProcessConstants.JobTypes.USER_TASK -> {
        if (ProcessConstants.UserTasks.APPROVE_TERMINATION.equals(job.getElementId())) {
          variables.put("approvalDecision", "APPROVE");
        } else if (ProcessConstants.UserTasks.REVIEW_CONTRACT.equals(job.getElementId())) {
          variables.put("reviewDecision", "EXIT");
        }
      }
      default -> {}
    }
    return variables;
  }

  private EngineBaseline() {}
}
