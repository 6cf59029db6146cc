package com.exitdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.exitdesk.engine.ProcessCommands.CompletionDelivery;
import com.exitdesk.engine.ProcessCommands.CompletionDelivery.Outcome;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.CompleteJobCommandStep1;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.CompleteJobResponse;
import io.grpc.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How one send of a completion reads: whether the engine may have completed the job decides whether
 * a later NOT_FOUND means "taken by that send" or "refused" (see CompletionDispatcher).
 */
class CompletionDeliveryTest {

  @ParameterizedTest
  @CsvSource({
    "NOT_FOUND, GONE",
    "UNAVAILABLE, NOT_TAKEN",
    "RESOURCE_EXHAUSTED, NOT_TAKEN",
    "FAILED_PRECONDITION, NOT_TAKEN",
    "INVALID_ARGUMENT, NOT_TAKEN",
    "UNAUTHENTICATED, NOT_TAKEN",
    "DEADLINE_EXCEEDED, UNKNOWN",
    "CANCELLED, UNKNOWN",
    "INTERNAL, UNKNOWN",
    "UNKNOWN, UNKNOWN"
  })
  void aGrpcAnswerSaysWhetherTheEngineMayHaveActed(Status.Code code, Outcome expected) {
    CompletionDelivery delivery =
        send(new ClientStatusException(Status.fromCode(code).withDescription("x"), null));

    assertThat(delivery.outcome()).isEqualTo(expected);
    if (expected == Outcome.GONE) {
      assertThat(delivery.error()).isNull();
    } else {
      assertThat(delivery.error()).as("kept for the operations page").contains(code.name());
    }
  }

  @ParameterizedTest
  @CsvSource({"404, GONE", "400, NOT_TAKEN", "503, NOT_TAKEN", "500, UNKNOWN", "504, UNKNOWN"})
  void aRestAnswerReadsTheSame(int status, Outcome expected) {
    assertThat(send(new ProblemException(status, "x", null)).outcome()).isEqualTo(expected);
  }

  @Test
  void anyOtherClientFailureMayHaveReachedTheEngine() {
    assertThat(send(new ClientException("the connection dropped while waiting")).outcome())
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void anAnswerMeansTaken() {
    CompletionDelivery delivery = commands(null).deliverCompletion(42, Map.of("a", 1));
    assertThat(delivery.outcome()).isEqualTo(Outcome.TAKEN);
    assertThat(delivery.error()).isNull();
  }

  private static CompletionDelivery send(RuntimeException failure) {
    return commands(failure).deliverCompletion(42, Map.of("a", 1));
  }

  @SuppressWarnings("unchecked")
  private static ProcessCommands commands(RuntimeException failure) {
    CamundaClient client = mock(CamundaClient.class);
    CompleteJobCommandStep1 step = mock(CompleteJobCommandStep1.class);
    CamundaFuture<CompleteJobResponse> future = mock(CamundaFuture.class);
    when(client.newCompleteCommand(anyLong())).thenReturn(step);
    when(step.variables(anyMap())).thenReturn(step);
    when(step.requestTimeout(any())).thenReturn(step);
    when(step.send()).thenReturn(future);
    if (failure != null) {
      when(future.join()).thenThrow(failure);
    }
    return new ProcessCommands(client);
  }
}
