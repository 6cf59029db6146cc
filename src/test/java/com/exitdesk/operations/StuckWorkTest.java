package com.exitdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.client.Client;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.messaging.OutboxStatus;
import com.exitdesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.camunda.client.CamundaClient;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stuck work an operator sees and moves on from the operations API, without Camunda Operate: a job
 * out of retries, a case whose process was cancelled from outside, an Idempotency-Key whose request
 * died. Each action leaves a timeline entry under the operator's name.
 */
@TestPropertySource(properties = "exitdesk.operations.stale-after=PT0S")
class StuckWorkTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired GreenMail smtp;
  @Autowired CamundaClient camunda;
  @Autowired AuditTrail audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired StuckWork stuck;

  @Test
  void aNoticeOutOfRetriesDuringAMailOutageIsRetriedFromTheApiAndSentOnce() throws Exception {
    Client client = profitableClient();
    long caseId = caseInCoolingOff(client);

    smtp.stop();
    JsonNode job;
    try {
      moveClock(Duration.ofHours(24).plusMinutes(1));
      job = await().atMost(Duration.ofSeconds(40)).until(() -> stuckJobOf(caseId), j -> j != null);
      assertThat(job.path("elementId").asText()).isEqualTo("task_send_termination_notice");
      assertThat(job.path("stepName").asText()).isEqualTo("Send the termination notice");
      assertThat(job.path("error").asText()).isNotBlank();
      OutboxMessage queued =
          messages(caseId, MessageKind.TERMINATION_NOTICE).stream()
              .filter(m -> m.getStatus() == OutboxStatus.QUEUED)
              .findFirst()
              .orElseThrow();
      List<Long> listed = new ArrayList<>();
      overview().path("messages").forEach(m -> listed.add(m.path("id").asLong()));
      assertThat(listed).as("the queued notice is listed too").contains(queued.getId());
    } finally {
      smtp.start();
    }

    var retried =
        mvc.perform(
                post("/api/operations/jobs/" + job.path("jobKey").asLong() + "/retry")
                    .with(httpBasic("maria", "maria")))
            .andReturn()
            .getResponse();
    assertThat(retried.getStatus()).as(retried.getContentAsString()).isEqualTo(200);
    JsonNode retry = json.readTree(retried.getContentAsString());
    assertThat(retry.path("action").asText()).isEqualTo("JOB_RETRIED");
    assertThat(retry.path("outcome").asText()).isIn("INCIDENT_RESOLVED", "STEP_ENTERED_AGAIN");

    awaitPhase(caseId, CasePhase.AWAITING_EXIT_DATE);
    await()
        .atMost(WAIT)
        .until(
            () -> messages(caseId, MessageKind.TERMINATION_NOTICE),
            list -> list.size() == 1 && list.get(0).getStatus() == OutboxStatus.SENT);
    assertThat(receivedBy(client.getEmail())).hasSize(1);
    assertThat(stuckJobOf(caseId)).as("no longer listed").isNull();
    assertThat(audit.forCase(caseId))
        .filteredOn(e -> e.getType() == AuditType.JOB_RETRIED)
        .singleElement()
        .satisfies(e -> assertThat(e.getActor()).isEqualTo("maria"));
  }

  @Test
  void aCaseWhoseProcessWasCancelledOutsideIsListedAndClosedAsCancelled() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    awaitPhase(caseId, CasePhase.CONTRACT_REVIEW);
    camunda.newCancelInstanceCommand(caseOf(caseId).getProcessInstanceKey()).send().join();

    stuck.checkCasesAgainstEngine();
    JsonNode overview = overview();
    List<Long> gone = new ArrayList<>();
    overview.path("cases").forEach(c -> gone.add(c.path("caseId").asLong()));
    assertThat(gone).contains(caseId);

    var closed =
        mvc.perform(
                post("/api/operations/cases/" + caseId + "/close")
                    .with(httpBasic("maria", "maria")))
            .andReturn()
            .getResponse();
    assertThat(closed.getStatus()).as(closed.getContentAsString()).isEqualTo(200);
    JsonNode done = json.readTree(closed.getContentAsString());
    assertThat(done.path("action").asText()).isEqualTo("CASE_CLOSED");
    assertThat(done.path("outcome").asText()).isEqualTo("CANCELLED");
    assertThat(done.path("subject").asLong()).isEqualTo(caseId);
    assertThat(caseOf(caseId).getStatus()).isEqualTo(CaseStatus.CANCELLED);
    assertThat(inbox.openTasksOfCase(caseId)).isEmpty();
    assertThat(audit.forCase(caseId))
        .anySatisfy(
            e -> {
              assertThat(e.getType()).isEqualTo(AuditType.CASE_CLOSED);
              assertThat(e.getActor()).isEqualTo("maria");
              assertThat(e.getSummary()).startsWith("CANCELLED");
            });
  }

  @Test
  void aRunningCaseIsNotClosedFromTheOperationsPage() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    awaitPhase(caseId, CasePhase.CONTRACT_REVIEW);
    var refused =
        mvc.perform(
                post("/api/operations/cases/" + caseId + "/close")
                    .with(httpBasic("maria", "maria")))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(caseOf(caseId).getStatus()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void aSubmissionTheEngineNeverConfirmedIsSentAgainAsThePersonSubmittedIt() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    var review =
        awaitTask(caseId, com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT);
    // As if the app stopped after reserving the task and before the engine heard of it.
    var submitted = new java.util.HashMap<>(com.exitdesk.support.TaskForms.contractReview("EXIT"));
    submitted.put("exitDecidedBy", "olivia");
    jdbc.update(
        "update inbox_tasks set status = 'COMPLETING', completed_by = 'olivia',"
            + " completed_at = ?, completion_json = ? where id = ?",
        Timestamp.from(Instant.now().minusSeconds(600)),
        json.writeValueAsString(submitted),
        review.getId());

    List<Long> listed = new ArrayList<>();
    overview().path("tasks").forEach(t -> listed.add(t.path("id").asLong()));
    assertThat(listed).contains(review.getId());

    var resubmitted =
        mvc.perform(
                post("/api/operations/tasks/" + review.getId() + "/resubmit")
                    .with(httpBasic("maria", "maria")))
            .andReturn()
            .getResponse();
    assertThat(resubmitted.getStatus()).as(resubmitted.getContentAsString()).isEqualTo(200);
    awaitPhase(caseId, CasePhase.AWAITING_APPROVAL);
    assertThat(caseOf(caseId).getReview().reviewedBy()).isEqualTo("olivia");
    assertThat(audit.forCase(caseId))
        .anySatisfy(
            e -> {
              assertThat(e.getType()).isEqualTo(AuditType.TASK_RESUBMITTED);
              assertThat(e.getActor()).isEqualTo("maria");
            });
  }

  @Test
  void anExpiredIdempotencyKeyNoLongerReplaysTheFirstAnswer() throws Exception {
    Client client = profitableClient();
    String scope = "incidents of client " + client.getId();
    jdbc.update(
        "insert into idempotency_keys (scope, request_key, request_hash, status, response_json,"
            + " created_at) values (?, ?, ?, 201, '{}', ?)",
        scope,
        "yesterdays-key",
        "0".repeat(64),
        Timestamp.from(Instant.now().minus(Duration.ofHours(25))));

    var answer =
        mvc.perform(
                post("/api/clients/" + client.getId() + "/incidents")
                    .with(httpBasic("olivia", "olivia"))
                    .header("Idempotency-Key", "yesterdays-key")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"sign\":\"LOSING_MONEY\",\"severity\":\"LOW\",\"description\":"
                            + "\"Unpaid again\",\"occurredOn\":\""
                            + today()
                            + "\"}"))
            .andReturn()
            .getResponse();
    assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
    assertThat(answer.getHeader("Idempotent-Replayed")).isNull();
    assertThat(incidents.incidentsOf(client.getId())).hasSize(1);
  }

  @Test
  void anIdempotencyKeyWhoseRequestDiedIsListedAndFreed() throws Exception {
    jdbc.update(
        "insert into idempotency_keys (scope, request_key, request_hash, created_at)"
            + " values (?, ?, ?, ?)",
        "incidents of client 424242",
        "died-mid-request",
        "0".repeat(64),
        Timestamp.from(Instant.now().minusSeconds(30)));

    List<String> keys = new ArrayList<>();
    overview().path("idempotencyKeys").forEach(k -> keys.add(k.path("key").asText()));
    assertThat(keys).contains("died-mid-request");

    var freed =
        mvc.perform(
                post("/api/operations/idempotency-keys/free")
                    .with(httpBasic("maria", "maria"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"scope\":\"incidents of client 424242\",\"key\":\"died-mid-request\"}"))
            .andReturn()
            .getResponse();
    assertThat(freed.getStatus()).as(freed.getContentAsString()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from idempotency_keys where request_key = 'died-mid-request'",
                Integer.class))
        .isZero();
  }

  private JsonNode overview() throws Exception {
    return json.readTree(
        mvc.perform(get("/api/operations").with(httpBasic("maria", "maria")))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private JsonNode stuckJobOf(long caseId) throws Exception {
    for (JsonNode job : overview().path("jobs")) {
      if (job.path("caseId").asLong() == caseId) {
        return job;
      }
    }
    return null;
  }

  private List<MimeMessage> receivedBy(String address) throws Exception {
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address)) {
        mine.add(message);
      }
    }
    return mine;
  }
}
