package com.exitdesk.inbox;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.ReviewDecision;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.engine.ProcessCommands.CompletionDelivery;
import com.exitdesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A submission is the inbox's own record first and reaches the engine through the {@link
 * CompletionDispatcher}: whatever happens between the two (the dispatcher down, a sender dying
 * mid-send, the task interrupted meanwhile, two app instances), the task ends completed once or
 * refused with the reason shown, never stuck.
 */
class CompletionOutboxTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired CompletionDispatcher dispatcher;
  @Autowired ProcessCommands commands;
  @Autowired CamundaClient client;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditTrail audit;

  @AfterEach
  void dispatcherRunsAgain() {
    dispatcher.start();
  }

  @Test
  void aSubmissionMadeWhileTheDispatcherIsDownIsAnsweredAtOnceAndReachesTheEngineWhenItStarts()
      throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    dispatcher.stop();

    MockHttpServletResponse answer = submit(review, "olivia", contractReview("EXIT"));

    assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
    assertThat(json.readTree(answer.getContentAsString()).path("status").asText())
        .isEqualTo("COMPLETING");
    InboxTask waiting = tasks.findById(review.getId()).orElseThrow();
    assertThat(waiting.getStatus()).isEqualTo(InboxTaskStatus.COMPLETING);
    assertThat(waiting.getCompletionAttempts()).as("nothing sent yet").isZero();
    assertThat(openTasks(caseId, APPROVE_TERMINATION)).isEmpty();
    assertThat(caseOf(caseId).getReview().decision()).isNull();

    dispatcher.start();

    assertThat(awaitSubmissionSettled(review.getId(), OLIVIA).getStatus())
        .isEqualTo(InboxTaskStatus.COMPLETED);
    awaitTask(caseId, APPROVE_TERMINATION);
    assertThat(caseOf(caseId).getReview().decision()).isEqualTo(ReviewDecision.EXIT);
    assertThat(caseOf(caseId).getReview().reviewedBy()).isEqualTo("olivia");
  }

  @Test
  void aSenderThatDiedAfterTheEngineTookTheCompletionIsRedeliveredWithoutHarm() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    dispatcher.stop();
    submit(review, "olivia", contractReview("EXIT"));

    // A sender claims the submission, the engine takes it, and the app dies before writing so.
    InboxTask claimed = dispatcher.claim(review.getId());
    assertThat(claimed).isNotNull();
    CompletionDelivery first =
        commands.deliverCompletion(claimed.getJobKey(), submissionOf(review.getId()));
    assertThat(first.outcome()).isEqualTo(CompletionDelivery.Outcome.TAKEN);
    awaitTask(caseId, APPROVE_TERMINATION);
    claimRunsOut(review.getId());

    dispatcher.start();

    InboxTask settled = awaitSubmissionSettled(review.getId(), OLIVIA);
    assertThat(settled.getStatus()).isEqualTo(InboxTaskStatus.COMPLETED);
    assertThat(settled.isCompletionInDoubt()).isTrue();
    assertThat(settled.getCompletionAttempts()).as("sent twice").isEqualTo(2);
    assertThat(settled.getCompletionRefusal()).isNull();
    assertThat(openTasks(caseId, APPROVE_TERMINATION)).hasSize(1);
    assertThat(caseOf(caseId).getReview().decision()).isEqualTo(ReviewDecision.EXIT);
    assertThat(
            audit.forCase(caseId).stream()
                .filter(e -> e.getType() == AuditType.TASK_COMPLETED)
                .filter(e -> e.getDetails().contains(REVIEW_CONTRACT)))
        .as("completed once on the record")
        .hasSize(1);
  }

  @Test
  void aTaskInterruptedWhileItsCompletionWaitsIsRefusedAndTheTaskAndCasePagesSayWhy()
      throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    dispatcher.stop();
    submit(review, "olivia", contractReview("EXIT"));
    client.newCancelInstanceCommand(caseOf(caseId).getProcessInstanceKey()).send().join();

    dispatcher.start();

    InboxTask refused = awaitSubmissionSettled(review.getId(), OLIVIA);
    assertThat(refused.getStatus()).isEqualTo(InboxTaskStatus.CANCELED);
    assertThat(refused.getCompletionRefusal()).isEqualTo("process-moved-on");
    assertThat(inbox.openTasksOfCase(caseId)).as("not stuck: it left the inbox").isEmpty();

    JsonNode taskPage = read(get("/api/tasks/" + review.getId()), "olivia");
    assertThat(taskPage.path("task").path("status").asText()).isEqualTo("CANCELED");
    assertThat(taskPage.path("task").path("refusal").asText()).isEqualTo("process-moved-on");
    assertThat(taskPage.path("task").path("completedBy").asText()).isEqualTo("olivia");
    assertThat(taskPage.path("submitted").path("reviewDecision").asText())
        .as("what was submitted stays readable")
        .isEqualTo("EXIT");

    JsonNode casePage = read(get("/api/cases/" + caseId), "olivia");
    assertThat(
            StreamSupport.stream(casePage.path("timeline").spliterator(), false)
                .filter(e -> "TASK_CANCELED".equals(e.path("type").asText()))
                .map(e -> e.path("details"))
                .filter(d -> "submission-refused".equals(d.path("why").asText())))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path("task").asText()).isEqualTo(REVIEW_CONTRACT);
              assertThat(d.path("submittedBy").asText()).isEqualTo("olivia");
            });
    assertThat(caseOf(caseId).getReview().decision()).as("nothing of it reached the case").isNull();

    MockHttpServletResponse again = submit(review, "olivia", contractReview("EXIT"));
    assertThat(again.getStatus()).isEqualTo(409);
    assertThat(json.readTree(again.getContentAsString()).path("code").asText())
        .isEqualTo("task-no-longer-open");
  }

  @Test
  void twoSendersRacingForOneSubmissionSendItOnce() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    dispatcher.stop();
    submit(review, "olivia", contractReview("EXIT"));

    int senders = 8;
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    List<InboxTask> claims = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<InboxTask>> results = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return dispatcher.claim(review.getId());
                }));
      }
      start.countDown();
      for (Future<InboxTask> result : results) {
        claims.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claims.stream().filter(c -> c != null)).as("one claim wins").hasSize(1);
    assertThat(dispatcher.dispatch(review.getId()))
        .as("a kick while the claim holds sends nothing")
        .isFalse();

    claimRunsOut(review.getId());
    dispatcher.start();

    InboxTask settled = awaitSubmissionSettled(review.getId(), OLIVIA);
    assertThat(settled.getStatus()).isEqualTo(InboxTaskStatus.COMPLETED);
    assertThat(settled.isCompletionInDoubt())
        .as("the claim that ran out may have sent it")
        .isTrue();
    awaitTask(caseId, APPROVE_TERMINATION);
    assertThat(caseOf(caseId).getReview().decision()).isEqualTo(ReviewDecision.EXIT);
  }

  @Test
  void badInputIsRefusedAtOnceAndNothingIsQueued() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    Map<String, Object> invalid = new HashMap<>(contractReview("EXIT"));
    invalid.put("reviewDecision", "MAYBE");

    MockHttpServletResponse answer = submit(review, "olivia", invalid);

    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(json.readTree(answer.getContentAsString()).path("code").asText())
        .isEqualTo("invalid-input");
    InboxTask untouched = tasks.findById(review.getId()).orElseThrow();
    assertThat(untouched.getStatus()).isEqualTo(InboxTaskStatus.OPEN);
    assertThat(untouched.getCompletionJson()).isNull();
    assertThat(untouched.getCompletionNextAttemptAt()).isNull();
  }

  @Test
  void theWaitBetweenSendsDoublesUpToTheLongest() {
    assertThat(dispatcher.backOff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(dispatcher.backOff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(dispatcher.backOff(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(dispatcher.backOff(9)).isEqualTo(Duration.ofMinutes(4).plusSeconds(16));
    assertThat(dispatcher.backOff(10)).isEqualTo(Duration.ofMinutes(5));
    assertThat(dispatcher.backOff(1_000)).isEqualTo(Duration.ofMinutes(5));
  }

  @Autowired InboxTaskRepository tasks;

  /** The claim's time runs out, as it does when its holder died: the row is due again. */
  private void claimRunsOut(long taskId) {
    jdbc.update(
        "update inbox_tasks set completion_next_attempt_at = ? where id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        taskId);
  }

  private Map<String, Object> submissionOf(long taskId) throws Exception {
    return json.readValue(
        tasks.findById(taskId).orElseThrow().getCompletionJson(),
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
  }

  private MockHttpServletResponse submit(InboxTask task, String user, Map<String, Object> form)
      throws Exception {
    return mvc.perform(
            post("/api/tasks/" + task.getId() + "/complete")
                .with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("variables", form))))
        .andReturn()
        .getResponse();
  }

  private JsonNode read(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String user)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.with(httpBasic(user, user))).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return json.readTree(response.getContentAsString());
  }
}
