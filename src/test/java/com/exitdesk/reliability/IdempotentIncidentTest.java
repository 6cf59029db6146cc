package com.exitdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.exitdesk.client.Client;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An incident report retried with its Idempotency-Key is logged once and opens one case. */
class IdempotentIncidentTest extends ProcessTestSupport {

  private static int duplicatesSent;
  private static int duplicatesStored;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Test
  void theSameReportSentTwiceIsOneIncidentAndTheSecondAnswerRepeatsTheFirst() throws Exception {
    Client client = profitableClient();
    String key = UUID.randomUUID().toString();

    MockHttpServletResponse first = report(client, key, "Missed the second payment");
    MockHttpServletResponse again = report(client, key, "Missed the second payment");

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(json.readTree(again.getContentAsString()))
        .isEqualTo(json.readTree(first.getContentAsString()));
    assertThat(incidents.incidentsOf(client.getId())).hasSize(1);
    duplicatesSent++;
    duplicatesStored += incidents.incidentsOf(client.getId()).size() - 1;
  }

  @Test
  void theThirdStrikeSentTenTimesAtOnceOpensOneCase() throws Exception {
    Client client = profitableClient();
    strike(client, WarningSign.EXPECTATIONS_MISMATCH);
    strike(client, WarningSign.REJECTS_RECOMMENDATIONS);
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return report(client, key, "Third unpaid invoice");
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    List<Long> openedCases = new ArrayList<>();
    for (Future<MockHttpServletResponse> answer : answers) {
      MockHttpServletResponse response = answer.get();
      statuses.add(response.getStatus());
      if (response.getStatus() == 201) {
        JsonNode body = json.readTree(response.getContentAsString());
        openedCases.add(body.path("openedCaseId").asLong());
      }
    }
    pool.shutdown();

    // Each answer is the first one's, or "still being processed" while it works; all ten may be
    // replays (201) when the first finished before the others arrived.
    assertThat(statuses).isSubsetOf(201, 409).contains(201);
    assertThat(openedCases).doesNotContain(0L).containsOnly(openedCases.getFirst());
    assertThat(incidents.incidentsOf(client.getId())).hasSize(3);
    assertThat(caseRepository.findAll())
        .filteredOn(c -> c.getClientId().equals(client.getId()))
        .hasSize(1);
    duplicatesSent += 9;
    duplicatesStored += incidents.incidentsOf(client.getId()).size() - 3;
  }

  @Test
  void theSameKeyForADifferentReportIsRefused() throws Exception {
    Client client = profitableClient();
    String key = UUID.randomUUID().toString();
    report(client, key, "Missed a payment");

    MockHttpServletResponse other = report(client, key, "Shouted at the designer");

    assertThat(other.getStatus()).isEqualTo(422);
    assertThat(other.getContentAsString()).contains("Idempotency-Key");
    assertThat(incidents.incidentsOf(client.getId())).hasSize(1);
  }

  @Test
  void aMalformedKeyIsRefusedNamingTheHeader() throws Exception {
    Client client = profitableClient();

    MockHttpServletResponse response = report(client, "x".repeat(101), "Missed a payment");

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("Idempotency-Key");
    assertThat(incidents.incidentsOf(client.getId())).isEmpty();
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "idempotent-incidents",
        Map.of("duplicate reports sent", duplicatesSent, "duplicates stored", duplicatesStored));
  }

  private MockHttpServletResponse report(Client client, String key, String description)
      throws Exception {
    String body =
        json.writeValueAsString(
            Map.of(
                "sign",
                "LOSING_MONEY",
                "severity",
                "MEDIUM",
                "description",
                description,
                "occurredOn",
                today().toString()));
    return mvc.perform(
            post("/api/clients/" + client.getId() + "/incidents")
                .with(httpBasic("olivia", "olivia"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn()
        .getResponse();
  }
}
