package com.exitdesk.engine;

import static com.exitdesk.engine.ProcessCommands.REQUEST_TIMEOUT;
import static com.exitdesk.engine.ProcessCommands.unavailable;

import com.exitdesk.shared.EngineUnavailableException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.grpc.Status;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Another go for a job that ran out of retries, on an operator's word: the engine's incident
 * resolved where the engine can find it, the job's step entered again where it cannot.
 */
@Component
public class FailedJobs {

  /** The variable that tells a re-entered step which element instance it stands in for. */
  public static final String RETRY_OF = "retryOf";

  private static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(3);

  private final CamundaClient client;

  FailedJobs(CamundaClient client) {
    this.client = client;
  }

  /**
   * Gives a job that ran out of retries another go. On a Camunda 8.8 cluster the job's incident is
   * found over REST (incident search by job key), the job's retries are raised and the incident
   * resolved: the same job runs again. An engine that serves only gRPC (the in-process engine) has
   * no incident search, and gRPC offers no other way to learn an incident's key; there the job's
   * element is re-entered instead (terminating an element resolves its incident), with the old
   * element instance handed to the new one as {@code retryOf}, so the step knows it is the same
   * step and a message it queued is sent once.
   *
   * @return how the job was retried
   */
  public JobRetry retryFailedJob(
      long jobKey,
      long processInstanceKey,
      long elementInstanceKey,
      String elementId,
      int retries) {
    Optional<Long> incident = incidentOfJob(jobKey);
    try {
      if (incident.isPresent()) {
        client
            .newUpdateRetriesCommand(jobKey)
            .retries(retries)
            .requestTimeout(REQUEST_TIMEOUT)
            .send()
            .join();
        client
            .newResolveIncidentCommand(incident.get())
            .requestTimeout(REQUEST_TIMEOUT)
            .send()
            .join();
        return new JobRetry(
            JobRetry.How.INCIDENT_RESOLVED,
            "retries set to " + retries + ", incident " + incident.get() + " resolved");
      }
      client
          .newModifyProcessInstanceCommand(processInstanceKey)
          .activateElement(elementId)
          .withVariable(RETRY_OF, elementInstanceKey, elementId)
          .and()
          .terminateElement(elementInstanceKey)
          .requestTimeout(REQUEST_TIMEOUT)
          .send()
          .join();
      return new JobRetry(
          JobRetry.How.STEP_ENTERED_AGAIN,
          "step '" + elementId + "' entered again (the engine offers no incident search)");
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        throw new EngineUnavailableException(
            "The engine no longer has this job or its process instance; nothing to retry", e);
      }
      throw unavailable(e);
    } catch (ClientException e) {
      throw unavailable(e);
    }
  }

  /**
   * How a job out of retries was given another go: its incident resolved with new retries, or (when
   * the engine offers no incident search) its step entered again; the description is for the audit
   * trail and API clients.
   */
  public record JobRetry(How how, String description) {
    public enum How {
      INCIDENT_RESOLVED,
      STEP_ENTERED_AGAIN
    }
  }

  private Optional<Long> incidentOfJob(long jobKey) {
    try {
      return client
          .newIncidentSearchRequest()
          .filter(f -> f.jobKey(jobKey).state(IncidentState.ACTIVE))
          .requestTimeout(SEARCH_TIMEOUT)
          .send()
          .join()
          .items()
          .stream()
          .map(Incident::getIncidentKey)
          .findFirst();
    } catch (RuntimeException e) {
      // No REST API or no secondary storage (the in-process engine): no incident search.
      return Optional.empty();
    }
  }
}
