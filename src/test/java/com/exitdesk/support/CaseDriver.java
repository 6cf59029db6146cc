package com.exitdesk.support;

import static com.exitdesk.support.TaskForms.exitPath;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Takes cases through a running app's HTTP API as its users would: a client set up with a contract,
 * a ledger month and two deliverables, three strikes that open a case, then each task of the exit
 * path submitted from the inbox.
 */
public final class CaseDriver {

  private static final Duration WAIT = Duration.ofMinutes(2);

  private CaseDriver() {}

  public record Case(long clientId, long id, String email) {}

  public static Case caseFromThirdStrike(ApiClient api) {
    long n = System.nanoTime();
    String email = "jar" + n + "@test.example";
    long clientId =
        api.post("/api/clients", Map.of("name", "Jar Client " + n, "email", email, "locale", "en"))
            .expect(201)
            .body()
            .get("id")
            .asLong();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> contract = new LinkedHashMap<>();
    contract.put("startDate", today.minusMonths(12).toString());
    contract.put("endDate", today.plusMonths(12).toString());
    contract.put("monthlyFee", 3000);
    contract.put("currency", "EUR");
    contract.put("noticePeriodDays", 30);
    contract.put("earlyTerminationFee", 0);
    contract.put("terminationClause", "Clause 9: 30 days' written notice");
    contract.put("scope", "Catalogue and migration");
    api.put("/api/clients/" + clientId + "/contract", contract).expect(200);
    api.post(
            "/api/clients/" + clientId + "/ledger",
            Map.of(
                "month",
                YearMonth.from(today).minusMonths(1).toString(),
                "revenue",
                3000,
                "cost",
                1500,
                "hours",
                20))
        .expect(201);
    for (String title : List.of("Catalogue", "Migration")) {
      api.post(
              "/api/clients/" + clientId + "/deliverables",
              Map.of("title", title, "dueDate", today.plusWeeks(2).toString()))
          .expect(201);
    }
    JsonNode result = null;
    for (String sign :
        List.of("EXPECTATIONS_MISMATCH", "REJECTS_RECOMMENDATIONS", "LOSING_MONEY")) {
      result =
          api.post(
                  "/api/clients/" + clientId + "/incidents",
                  Map.of(
                      "sign",
                      sign,
                      "severity",
                      "MEDIUM",
                      "description",
                      "Observed",
                      "occurredOn",
                      today.toString()))
              .expect(201)
              .body();
    }
    return new Case(clientId, result.get("openedCaseId").asLong(), email);
  }

  public static void complete(ApiClient api, Case c, String elementId) {
    long task = awaitTask(api, c, elementId);
    api.post("/api/tasks/" + task + "/complete", Map.of("variables", exitPath(elementId)))
        .expect(200);
  }

  public static void completeAll(ApiClient api, Case c, String elementId, int count) {
    List<Long> tasks =
        await().atMost(WAIT).until(() -> openTaskIds(api, c, elementId), t -> t.size() == count);
    for (long task : tasks) {
      api.post("/api/tasks/" + task + "/complete", Map.of("variables", exitPath(elementId)))
          .expect(200);
    }
  }

  public static long awaitTask(ApiClient api, Case c, String elementId) {
    return await()
        .atMost(WAIT)
        .until(() -> openTaskIds(api, c, elementId), tasks -> tasks.size() == 1)
        .get(0);
  }

  public static List<Long> openTaskIds(ApiClient api, Case c, String elementId) {
    JsonNode details = api.get("/api/cases/" + c.id()).expect(200).body();
    return StreamSupport.stream(details.get("openTasks").spliterator(), false)
        .filter(t -> t.get("elementId").asText().equals(elementId))
        // A submitted task stays listed until the engine has it, but is no one's to do.
        .filter(t -> "OPEN".equals(t.get("status").asText()))
        .map(t -> t.get("id").asLong())
        .toList();
  }

  public static JsonNode awaitStatus(ApiClient api, Case c, String status) {
    return await()
        .atMost(WAIT)
        .until(
            () -> api.get("/api/cases/" + c.id()).expect(200).body(),
            details -> status.equals(details.get("summary").get("status").asText()));
  }

  public static List<String> kinds(JsonNode messages) {
    return StreamSupport.stream(messages.spliterator(), false)
        .map(m -> m.get("kind").asText())
        .toList();
  }

  public static List<JsonNode> entriesOfType(JsonNode details, String type) {
    return StreamSupport.stream(details.get("timeline").spliterator(), false)
        .filter(e -> type.equals(e.get("type").asText()))
        .toList();
  }
}
