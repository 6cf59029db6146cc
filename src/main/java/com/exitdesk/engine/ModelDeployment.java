package com.exitdesk.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Deploys the process models (the BPMN, DMN and form files of {@code bpmn/}) when the application
 * starts: the first attempt begins as soon as the client exists, and the start waits for it to end.
 * An engine that does not take them yet, such as a gateway that is still starting, does not stop
 * the application: the deployment is tried again with back-off until it succeeds, and the {@code
 * models} health component is DOWN until then. Deploying unchanged models again is a no-op for the
 * engine, so every instance of the app deploys at every start.
 */
@Component
public class ModelDeployment implements SmartLifecycle, ApplicationStartupAware, DisposableBean {

  static final List<String> RESOURCES =
      List.of("classpath*:/bpmn/*.bpmn", "classpath*:/bpmn/*.dmn", "classpath*:/bpmn/*.form");
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final CamundaClient client;
  private final List<Resource> models;
  private final Map<String, ModelAdjustment> adjustments;
  private volatile DeploymentEvent deployment;
  private volatile String lastFailure = "not tried yet";
  private volatile int attempts;
  private final ScheduledExecutorService retries;
  private final CompletableFuture<Void> firstAttempt;
  private volatile boolean running;
  private ApplicationStartup startup = ApplicationStartup.DEFAULT;

  ModelDeployment(CamundaClient client, List<ModelAdjustment> adjustments) {
    this.client = client;
    this.models = models();
    this.adjustments =
        adjustments.stream()
            .collect(Collectors.toMap(ModelAdjustment::fileName, Function.identity()));
    // Begun at once: the engine takes the models while the rest of the application is created
    // (on two cores, a second or more of the start), and start() only waits for the answer.
    retries =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("model-deployment").daemon().factory());
    firstAttempt = CompletableFuture.runAsync(this::attempt, retries);
  }

  /** The first attempt shows in a recorded start-up timeline as a step of its own. */
  @Override
  public void setApplicationStartup(ApplicationStartup startup) {
    this.startup = startup;
  }

  /** The engine's answer to the deployment, or null while the models are not deployed. */
  public DeploymentEvent deployment() {
    return deployment;
  }

  int attempts() {
    return attempts;
  }

  String lastFailure() {
    return lastFailure;
  }

  /**
   * The first attempt is made before the application takes requests, so that in the usual case the
   * processes exist when the first case is opened; it waits for the attempt begun while the rest of
   * the application was being created. Later attempts run in the background.
   */
  @Override
  public void start() {
    running = true;
    StartupStep step = startup.start("exitdesk.models.await-first-deployment");
    firstAttempt.join();
    step.tag("deployed", Boolean.toString(deployment != null)).end();
    if (deployment != null) {
      retries.shutdown();
      return;
    }
    ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2.0);
    backOff.setMaxInterval(LONGEST_PAUSE.toMillis());
    retryLater(backOff.start());
  }

  private void retryLater(BackOffExecution pauses) {
    long pause = pauses.nextBackOff();
    log.warn(
        "The engine did not take the process models (attempt {}): {}. Trying again in {} ms.",
        attempts,
        lastFailure,
        pause);
    try {
      retries.schedule(
          () -> {
            if (attempt()) {
              retries.shutdown();
            } else {
              retryLater(pauses);
            }
          },
          pause,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      log.debug("Not retrying the deployment: the application is stopping");
    }
  }

  private boolean attempt() {
    attempts++;
    try {
      deployment = deploy();
      log.info(
          "Process models deployed: {} processes, {} decisions, {} forms",
          deployment.getProcesses().size(),
          deployment.getDecisions().size(),
          deployment.getForm().size());
      return true;
    } catch (RuntimeException e) {
      lastFailure = e.getMessage();
      return false;
    }
  }

  private DeploymentEvent deploy() {
    DeployResourceCommandStep1 command = client.newDeployResourceCommand();
    DeployResourceCommandStep2 withResources = null;
    for (Resource model : models) {
      try (InputStream in = model.getInputStream()) {
        byte[] content = in.readAllBytes();
        ModelAdjustment adjustment = adjustments.get(model.getFilename());
        if (adjustment != null) {
          content = adjustment.adjust(content);
        }
        withResources =
            withResources == null
                ? command.addResourceBytes(content, model.getFilename())
                : withResources.addResourceBytes(content, model.getFilename());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return withResources.requestTimeout(REQUEST_TIMEOUT).send().join();
  }

  private static List<Resource> models() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Resource> found = new ArrayList<>();
    try {
      for (String pattern : RESOURCES) {
        found.addAll(List.of(resolver.getResources(pattern)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("No process models on the class path under " + RESOURCES);
    }
    return List.copyOf(found);
  }

  @Override
  public void stop() {
    running = false;
    retries.shutdownNow();
  }

  /** Also when the application failed to start after the first attempt began. */
  @Override
  public void destroy() {
    retries.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
