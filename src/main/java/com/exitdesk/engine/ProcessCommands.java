package com.exitdesk.engine;

import com.exitdesk.web.EngineUnavailableException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The commands the application sends to the engine on behalf of a person. Each waits for the
 * engine's answer so a failure reaches the caller instead of vanishing, and engine faults become a
 * 503 the user can retry.
 */
@Component
public class ProcessCommands {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient client;

  ProcessCommands(CamundaClient client) {
    this.client = client;
  }

  public long startProcess(String processId, Map<String, Object> variables) {
    try {
      return client
          .newCreateInstanceCommand()
          .bpmnProcessId(processId)
          .latestVersion()
          .variables(variables)
          .requestTimeout(REQUEST_TIMEOUT)
          .send()
          .join()
          .getProcessInstanceKey();
    } catch (ClientException e) {
      throw new EngineUnavailableException(
          "The process engine did not start the case; nothing was changed, please try again", e);
    }
  }

  public void publishMessage(
      String name,
      String correlationKey,
      String messageId,
      Duration timeToLive,
      Map<String, Object> variables) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(name)
          .correlationKey(correlationKey)
          .messageId(messageId)
          .timeToLive(timeToLive)
          .variables(variables)
          .requestTimeout(REQUEST_TIMEOUT)
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
        // Same message id still buffered: the engine already has this exact message.
        return;
      }
      throw unavailable(e);
    } catch (ClientException e) {
      throw unavailable(e);
    }
  }

  /**
   * Completes a user-task job.
   *
   * @return false when the engine no longer knows the job: completed elsewhere, or interrupted
   */
  public boolean completeJob(long jobKey, Map<String, Object> variables) {
    return unlessGone(
        () ->
            client
                .newCompleteCommand(jobKey)
                .variables(variables)
                .requestTimeout(REQUEST_TIMEOUT)
                .send()
                .join());
  }

  /**
   * Extends an activated job's lease.
   *
   * @return false when the engine no longer knows the job: its element was interrupted or its
   *     process instance cancelled
   */
  public boolean renewJobLease(long jobKey, Duration lease) {
    return unlessGone(
        () ->
            client
                .newUpdateTimeoutCommand(jobKey)
                .timeout(lease)
                .requestTimeout(REQUEST_TIMEOUT)
                .send()
                .join());
  }

  /** Runs a command on a job; false when the engine no longer has the job. */
  private static boolean unlessGone(Runnable command) {
    try {
      command.run();
      return true;
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        return false;
      }
      throw unavailable(e);
    } catch (ClientException e) {
      throw unavailable(e);
    }
  }

  private static EngineUnavailableException unavailable(ClientException e) {
    return new EngineUnavailableException(
        "The process engine did not take the command; nothing was changed, please try again", e);
  }
}
