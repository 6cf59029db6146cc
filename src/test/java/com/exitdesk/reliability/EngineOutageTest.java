package com.exitdesk.reliability;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.exitdesk.dev.FreePort;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.inbox.InboxTask;
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
 * The engine cannot be reached when someone submits a task: for the length of the test the app's
 * commands go to an address where no engine listens, over real gRPC. The user gets a clear 503, the
 * task stays theirs to submit again, and the same form then goes through.
 */
class EngineOutageTest extends ProcessTestSupport {

  private static int faultsInjected;
  private static int decisionsLost;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ProcessCommands commands;

  @Test
  void aTaskSubmittedWhileTheEngineIsUnreachableCanBeSubmittedAgain() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    inbox.claim(review.getId(), OLIVIA);
    String form = json.writeValueAsString(Map.of("variables", contractReview("EXIT")));

    MockHttpServletResponse refused;
    Object engineClient = ReflectionTestUtils.getField(commands, "client");
    try (CamundaClient unreachable = unreachableEngine()) {
      ReflectionTestUtils.setField(commands, "client", unreachable);
      faultsInjected++;
      refused = submit(review, form);
    } finally {
      ReflectionTestUtils.setField(commands, "client", engineClient);
    }

    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(json.readTree(refused.getContentAsString()).path("detail").asText())
        .contains("nothing was changed, please try again");
    InboxTask afterwards = inbox.details(review.getId(), OLIVIA).task();
    assertThat(afterwards.isOpen()).as("open to submit again").isTrue();
    assertThat(afterwards.getAssignee()).isEqualTo("olivia");

    MockHttpServletResponse again = submit(review, form);

    assertThat(again.getStatus()).isEqualTo(200);
    awaitTask(caseId, APPROVE_TERMINATION);
    if (!"EXIT".equals(caseOf(caseId).getReviewDecision())) {
      decisionsLost++;
    }
    assertThat(caseOf(caseId).getReviewDecision()).isEqualTo("EXIT");
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
