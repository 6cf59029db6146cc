package com.exitdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.client.Client;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxStatus;
import com.exitdesk.support.PostgresDatabase;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import com.icegreen.greenmail.util.GreenMail;
import com.zaxxer.hikari.HikariDataSource;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while a worker needs it: PostgreSQL refuses every connection of the app at
 * the moment the cooling-off ends and the termination notice is due. The job fails and is retried
 * by the engine; once the database is back the notice goes out once, and nothing of the failed
 * attempts is left behind.
 */
@ActiveProfiles("postgres")
class DatabaseOutageTest extends ProcessTestSupport {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static int faultsInjected;
  private static int failedAttempts;
  private static int noticesSent;

  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @BeforeAll
  static void postgres() throws SQLException {
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
    // A worker waiting for a connection gives up in a second instead of the pool's usual 30.
    registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    // More attempts than the outage lasts, so that the job is retried rather than an incident.
    registry.add("camunda.client.worker.defaults.max-retries", () -> "6");
  }

  @Test
  void theNoticeDueDuringAnOutageGoesOutOnceTheDatabaseIsBack() throws Exception {
    Client client = profitableClient();
    long caseId = caseInCoolingOff(client);
    long processInstanceKey = caseOf(caseId).getProcessInstanceKey();

    refuseConnections(true);
    faultsInjected++;
    try {
      moveClock(Duration.ofHours(24).plusMinutes(1));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> failedNoticeAttempts(processInstanceKey) >= 1);
    } finally {
      refuseConnections(false);
      // The pool hands out a connection used in the last half second without checking it; this
      // test's own reads below must not meet one the outage killed. The workers retry anyway.
      dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }
    failedAttempts += failedNoticeAttempts(processInstanceKey);

    awaitPhase(caseId, CasePhase.AWAITING_EXIT_DATE);
    await()
        .atMost(WAIT)
        .until(
            () -> messages(caseId, MessageKind.TERMINATION_NOTICE),
            list -> list.size() == 1 && list.getFirst().getStatus() == OutboxStatus.SENT);
    List<MimeMessage> received = receivedBy(client.getEmail());
    noticesSent += received.size();
    assertThat(received).as("notices the client received").hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from process_steps where case_id = ? and job_type = ?",
                Integer.class,
                caseId,
                "exitdesk.send-termination-notice"))
        .as("the notice step recorded once")
        .isEqualTo(1);
    assertThat(incidentsOf(processInstanceKey)).as("incidents").isZero();
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "database-outage",
        Map.of(
            "faults injected",
            faultsInjected,
            "worker attempts failed during the outage",
            failedAttempts,
            "notices received per client",
            noticesSent));
  }

  /** Turns the app's database away, or lets it in again, the way an outage would. */
  private static void refuseConnections(boolean refuse) throws SQLException {
    String name = DATABASE.url().substring(DATABASE.url().lastIndexOf('/') + 1);
    try (Connection admin =
            DriverManager.getConnection(
                DATABASE.url().replace("/" + name, "/postgres"), DATABASE.user(), "");
        Statement sql = admin.createStatement()) {
      sql.execute("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS " + !refuse);
      if (refuse) {
        sql.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + name
                + "'");
      }
    }
  }

  private long failedNoticeAttempts(long processInstanceKey) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(r -> r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.FAILED)
        .map(r -> (JobRecordValue) r.getValue())
        .filter(
            job ->
                job.getProcessInstanceKey() == processInstanceKey
                    && "task_send_termination_notice".equals(job.getElementId()))
        .count();
  }

  private long incidentsOf(long processInstanceKey) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(
            r -> r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.CREATED)
        .map(Record::getValue)
        .filter(v -> ((IncidentRecordValue) v).getProcessInstanceKey() == processInstanceKey)
        .count();
  }

  private List<MimeMessage> receivedBy(String address) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
