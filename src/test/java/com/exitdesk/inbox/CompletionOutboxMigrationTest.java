package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.support.PostgresDatabase;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading a PostgreSQL database whose app stopped between a submission and the engine's answer:
 * before V58 such a task stayed in COMPLETING with no way out; after it, the dispatcher's first
 * round sends it, as one that may have reached the engine already. A task not waiting is left as it
 * was.
 */
class CompletionOutboxMigrationTest {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();

  @BeforeAll
  static void postgres() throws SQLException {
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    if (DATABASE.unavailableReason() == null) {
      DATABASE.drop();
    }
  }

  @Test
  void aSubmissionLeftWaitingBeforeTheUpgradeIsSentOnTheDispatchersFirstRound() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), "");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    // The last migration of the version before the completion outbox.
    flyway(dataSource).target("55").load().migrate();
    insertTask(jdbc, 1, 1001, "COMPLETING", "{\"reviewDecision\":\"EXIT\"}");
    insertTask(jdbc, 2, 1002, "OPEN", null);
    Instant beforeUpgrade = Instant.now().minusSeconds(1);

    flyway(dataSource).load().migrate();

    Map<String, Object> stuck = jdbc.queryForMap("select * from inbox_tasks where id = 1");
    assertThat(((Timestamp) stuck.get("completion_next_attempt_at")).toInstant())
        .isAfter(beforeUpgrade);
    assertThat(stuck.get("completion_in_doubt")).isEqualTo(true);
    assertThat(stuck.get("completion_attempts")).isEqualTo(0);
    assertThat(stuck.get("completion_sending")).isEqualTo(false);
    Map<String, Object> open = jdbc.queryForMap("select * from inbox_tasks where id = 2");
    assertThat(open.get("completion_next_attempt_at")).isNull();
    assertThat(open.get("completion_in_doubt")).isEqualTo(false);
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      DriverManagerDataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
  }

  private static void insertTask(
      JdbcTemplate jdbc, long id, long jobKey, String status, String completion) {
    jdbc.update(
        "insert into inbox_tasks (id, job_key, process_instance_key, element_id,"
            + " element_instance_key, name, candidate_groups, variables_json, status, created_at,"
            + " completed_by, completion_json) values (?, ?, 1, 'task_review_contract', ?,"
            + " 'Review the contract', 'OPS', '{}', ?, ?, ?, ?)",
        id,
        jobKey,
        jobKey + 1,
        status,
        Timestamp.from(Instant.now().minusSeconds(3600)),
        completion == null ? null : "olivia",
        completion);
  }
}
