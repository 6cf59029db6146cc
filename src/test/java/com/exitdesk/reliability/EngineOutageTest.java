package com.exitdesk.reliability;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.exitdesk.caseflow.ReviewDecision;
import com.exitdesk.dev.FreePort;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.InboxTaskStatus;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine cannot be reached when someone submits a task: for the length of the outage the app's
 * commands go to an address where no engine listens, over real gRPC. The submission is kept and
 * answered at once, nobody can submit the task a second time meanwhile, and once the engine is back
 * the dispatcher hands it over: the decision reaches the case as it was submitted.
 */
class EngineOutageTest extends ProcessTestSupport {

  private static int faultsInjected;
  private static int decisionsLost;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ProcessCommands commands;

  @Test
  void aTaskSubmittedWhileTheEngineIsUnreachableReachesItOnceItIsBack() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    taskActions.claim(review.getId(), OLIVIA);
    String form = json.writeValueAsString(Map.of("variables", contractReview("EXIT")));

    MockHttpServletResponse accepted;
    MockHttpServletResponse again;
    Object engineClient = ReflectionTestUtils.getField(commands, "client");
    try (CamundaClient unreachable = unreachableEngine()) {
      ReflectionTestUtils.setField(commands, "client", unreachable);
      faultsInjected++;
      accepted = submit(review, form);
      await()
          .atMost(WAIT)
          .until(
              () -> taskActions.details(review.getId(), OLIVIA).task(),
              t -> t.getCompletionAttempts() >= 1 && t.getCompletionError() != null);
      again = submit(review, form);
    } finally {
      ReflectionTestUtils.setField(commands, "client", engineClient);
    }

    assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(200);
    assertThat(json.readTree(accepted.getContentAsString()).path("status").asText())
        .isEqualTo("COMPLETING");
    assertThat(again.getStatus()).as("one submission per task, even while it waits").isEqualTo(409);
    assertThat(json.readTree(again.getContentAsString()).path("code").asText())
        .isEqualTo("task-being-completed");

    assertThat(awaitSubmissionSettled(review.getId(), OLIVIA).getStatus())
        .isEqualTo(InboxTaskStatus.COMPLETED);
    awaitTask(caseId, APPROVE_TERMINATION);
    if (caseOf(caseId).getReview().decision() != ReviewDecision.EXIT) {
      decisionsLost++;
    }
    assertThat(caseOf(caseId).getReview().decision()).isEqualTo(ReviewDecision.EXIT);
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "engine-outage",
        Map.of("faults injected", faultsInjected, "decisions lost", decisionsLost));
  }

  private MockHttpServletResponse submit(InboxTask task, String form) throws Exception {
    return mvc.perform(
            post("/api/tasks/" + task.getId() + "/complete")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(form))
        .andReturn()
        .getResponse();
  }

  private static CamundaClient unreachableEngine() {
    URI nowhere = URI.create("http://127.0.0.1:" + FreePort.pick("an engine that is down"));
    return CamundaClient.newClientBuilder()
        .grpcAddress(nowhere)
        .restAddress(nowhere)
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(2))
        .build();
  }
}
