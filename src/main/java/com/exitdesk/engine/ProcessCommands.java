package com.exitdesk.engine;

import com.exitdesk.shared.EngineUnavailableException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
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

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient client;

  ProcessCommands(CamundaClient client) {
    this.client = client;
  }

  public long startProcess(String processId, ProcessVariables variables) {
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
      ProcessVariables variables) {
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
   * Sends a user-task job's completion once, for a caller that keeps it and tries again: instead of
   * one failure for every fault, says whether the engine may have acted on this send.
   */
  public CompletionDelivery deliverCompletion(long jobKey, Map<String, Object> variables) {
    try {
      client
          .newCompleteCommand(jobKey)
          .variables(variables)
          .requestTimeout(REQUEST_TIMEOUT)
          .send()
          .join();
      return CompletionDelivery.taken();
    } catch (ClientStatusException e) {
      return switch (e.getStatusCode()) {
        case NOT_FOUND -> CompletionDelivery.gone();
        // Refused before the engine processed it: unreachable, back-pressure, or not accepted.
        case UNAVAILABLE,
            RESOURCE_EXHAUSTED,
            FAILED_PRECONDITION,
            INVALID_ARGUMENT,
            PERMISSION_DENIED,
            UNAUTHENTICATED,
            UNIMPLEMENTED ->
            CompletionDelivery.notTaken(describe(e));
        // Timed out, cancelled or broken mid-call: the engine may have completed the job.
        default -> CompletionDelivery.unknown(describe(e));
      };
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        return CompletionDelivery.gone();
      }
      return e.code() >= 500 && e.code() != 503
          ? CompletionDelivery.unknown(describe(e))
          : CompletionDelivery.notTaken(describe(e));
    } catch (ClientException e) {
      return CompletionDelivery.unknown(describe(e));
    }
  }

  private static String describe(Exception e) {
    String message =
        e instanceof ClientStatusException status
            ? status.getStatusCode() + ": " + e.getMessage()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    return message.length() > 1000 ? message.substring(0, 1000) : message;
  }

  /**
   * What became of one send of a completion.
   *
   * @param error why it did not go through; null when the engine answered
   */
  public record CompletionDelivery(Outcome outcome, String error) {

    public enum Outcome {
      /** The engine completed the job. */
      TAKEN,
      /** The engine does not know the job: completed already, or its task was interrupted. */
      GONE,
      /** The engine did not act on it: send again. */
      NOT_TAKEN,
      /** No answer: the engine may have completed the job; send again to learn which. */
      UNKNOWN
    }

    static CompletionDelivery taken() {
      return new CompletionDelivery(Outcome.TAKEN, null);
    }

    static CompletionDelivery gone() {
      return new CompletionDelivery(Outcome.GONE, null);
    }

    static CompletionDelivery notTaken(String error) {
      return new CompletionDelivery(Outcome.NOT_TAKEN, error);
    }

    static CompletionDelivery unknown(String error) {
      return new CompletionDelivery(Outcome.UNKNOWN, error);
    }
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

  /**
   * Whether the engine still runs the process instance. gRPC has no read of an instance; setting no
   * variables on it is a harmless command that the engine refuses with NOT_FOUND once the instance
   * has ended or was cancelled.
   */
  public boolean processInstanceExists(long processInstanceKey) {
    return unlessGone(
        () ->
            client
                .newSetVariablesCommand(processInstanceKey)
                .variables(Map.of())
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

  static EngineUnavailableException unavailable(ClientException e) {
    return new EngineUnavailableException(
        "The process engine did not take the command; nothing was changed, please try again", e);
  }
}
