package com.exitdesk.bench;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;

import com.exitdesk.support.PostgresDatabase;
import com.exitdesk.support.TaskForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Exit Desk in another process, driven through its HTTP API as its users reach it: signed-in
 * sessions (olivia for the operations work, maria for the approvals, one pair per operator). The
 * driver's clock reads the app's database, as the in-process one reads its repository: counting
 * closed cases through the API would add load the other set-up does not have.
 */
final class HttpDesk implements ExitPathDriver.Desk, AutoCloseable {

  private final SignedInSession setUp;
  private final List<SignedInSession> operations = new ArrayList<>();
  private final List<SignedInSession> managers = new ArrayList<>();
  private final Connection database;

  HttpDesk(URI app, PostgresDatabase database) throws Exception {
    this.setUp = SignedInSession.signIn(app, "olivia");
    for (int i = 0; i < ExitPathBenchmark.OPERATORS; i++) {
      operations.add(SignedInSession.signIn(app, "olivia"));
      managers.add(SignedInSession.signIn(app, "maria"));
    }
    this.database = DriverManager.getConnection(database.url(), database.user(), "");
  }

  /** Two strikes as in the in-process run: a contract a year into two, three deliverables. */
  @Override
  public long clientWithTwoStrikes(int n) throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long clientId =
        setUp
            .send(
                "POST",
                "/api/clients",
                Map.of(
                    "name",
                    "Bench client " + n,
                    "email",
                    "bench" + n + "@bench.example",
                    "locale",
                    n % 2 == 0 ? "en" : "es"))
            .expect(201, "Creating a client")
            .get("id")
            .asLong();
    Map<String, Object> contract = new LinkedHashMap<>();
    contract.put("startDate", today.minusMonths(12).toString());
    contract.put("endDate", today.plusMonths(12).toString());
    contract.put("monthlyFee", 3000);
    contract.put("currency", "EUR");
    contract.put("noticePeriodDays", 30);
    contract.put("earlyTerminationFee", 0);
    contract.put("terminationClause", "Clause 9");
    contract.put("scope", "Scope");
    setUp
        .send("PUT", "/api/clients/" + clientId + "/contract", contract)
        .expect(200, "The contract");
    setUp
        .send(
            "POST",
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
        .expect(201, "A ledger month");
    for (int d = 1; d <= 3; d++) {
      setUp
          .send(
              "POST",
              "/api/clients/" + clientId + "/deliverables",
              Map.of("title", "Deliverable " + d, "dueDate", today.plusWeeks(d).toString()))
          .expect(201, "A deliverable");
    }
    strike(clientId, "EXPECTATIONS_MISMATCH");
    strike(clientId, "REJECTS_RECOMMENDATIONS");
    return clientId;
  }

  @Override
  public long openCase(long clientId) throws Exception {
    JsonNode third = strike(clientId, "LOSING_MONEY");
    if (third.get("openedCaseId") == null || third.get("openedCaseId").isNull()) {
      throw new IllegalStateException("The third strike opened no case: " + third);
    }
    return third.get("openedCaseId").asLong();
  }

  private JsonNode strike(long clientId, String sign) throws Exception {
    return setUp
        .send(
            "POST",
            "/api/clients/" + clientId + "/incidents",
            Map.of(
                "sign",
                sign,
                "severity",
                "MEDIUM",
                "description",
                "Observed",
                "occurredOn",
                LocalDate.now(ZoneOffset.UTC).toString()))
        .expect(201, "A strike");
  }

  @Override
  public synchronized long exitedCases() throws SQLException {
    try (PreparedStatement count =
            database.prepareStatement("select count(*) from cases where status = 'EXITED'");
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The manager's inbox: everything the operations staff see, and the approvals. */
  @Override
  public List<ExitPathDriver.Task> openTasks(int operator) throws Exception {
    JsonNode page = managers.get(operator).getJson("/api/tasks?limit=200").expect(200, "The inbox");
    List<ExitPathDriver.Task> tasks = new ArrayList<>();
    for (JsonNode task : page) {
      tasks.add(new ExitPathDriver.Task(task.get("id").asLong(), task.get("elementId").asText()));
    }
    return tasks;
  }

  /** Anything but a 200 is a task taken out of the inbox meanwhile, as the in-process driver. */
  @Override
  public boolean complete(int operator, ExitPathDriver.Task task) throws Exception {
    SignedInSession user =
        APPROVE_TERMINATION.equals(task.elementId())
            ? managers.get(operator)
            : operations.get(operator);
    return user.send(
                "POST",
                "/api/tasks/" + task.id() + "/complete",
                Map.of("variables", TaskForms.exitPath(task.elementId())))
            .status()
        == 200;
  }

  @Override
  public synchronized List<Duration> durations(List<Long> caseIds) throws SQLException {
    List<Duration> durations = new ArrayList<>();
    Array ids = database.createArrayOf("bigint", caseIds.toArray());
    try (PreparedStatement times =
        database.prepareStatement(
            "select opened_at, closed_at from cases where id = any(?) and closed_at is not null")) {
      times.setArray(1, ids);
      try (ResultSet rows = times.executeQuery()) {
        while (rows.next()) {
          durations.add(
              Duration.between(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()));
        }
      }
    }
    if (durations.size() != caseIds.size()) {
      throw new IllegalStateException(
          (caseIds.size() - durations.size()) + " of the cases run never closed");
    }
    durations.sort(null);
    return durations;
  }

  @Override
  public void close() throws SQLException {
    database.close();
  }
}
