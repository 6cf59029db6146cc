package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox-task lookups a process step makes when it records a person's decision, and a case's
 * task list, against the table's indexes. H2 plans a statement once per connection and keeps the
 * plan, and in the in-memory mode it plans them while the table is empty: a plan that reads through
 * every task ever created then costs more with every case.
 */
@DataJpaTest
@Import(InboxStatusSelectivity.class)
class InboxTaskIndexTest {

  @Autowired InboxTaskRepository tasks;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aStepFindsItsTaskByInstanceAndTakesItByKey() throws Exception {
    List<String> plans =
        plansOf(
            () -> {
              tasks.findIdsOf(1L, "review");
              tasks.takeForStep(1L, 2L);
            });

    assertThat(plans).hasSize(2).noneMatch(plan -> plan.contains("tableScan"));
    assertThat(plans)
        .filteredOn(plan -> plan.startsWith("SELECT"))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("IX_INBOX_TASKS_INSTANCE");
    assertThat(plans)
        .filteredOn(plan -> plan.startsWith("UPDATE"))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("PRIMARY_KEY");
  }

  @Test
  void aCasesTasksAreFoundByCaseWhateverTheirStatuses() throws Exception {
    List<String> plans =
        plansOf(
            () -> {
              tasks.findByCaseIdAndStatusInOrderByIdAsc(1L, Set.of(InboxTaskStatus.values()));
              tasks.findByCaseIdAndStatusInOrderByIdAsc(1L, Set.of(InboxTaskStatus.OPEN));
            });

    assertThat(plans).hasSize(2).allMatch(plan -> plan.contains("IX_INBOX_TASKS_CASE:"));
  }

  @Test
  void theInboxPageReadsOnlyOpenTasks() throws Exception {
    List<String> plans =
        plansOf(
            () -> {
              tasks.findOpenClaimedBy("olivia", 0, 51);
              tasks.findOpenUnclaimedFor(List.of("ops", "managers"), 0, 51);
            });

    assertThat(plans)
        .hasSize(2)
        .allMatch(
            plan -> plan.matches("(?s).*/\\* PUBLIC\\.IX_INBOX_TASKS_\\w+: STATUS = 'OPEN'.*"));
  }

  @Test
  void onlyASubmittedTaskCanBeTakenByAStep() {
    Map<InboxTaskStatus, Boolean> takeable = new EnumMap<>(InboxTaskStatus.class);
    takeable.put(InboxTaskStatus.OPEN, false);
    takeable.put(InboxTaskStatus.COMPLETING, true);
    takeable.put(InboxTaskStatus.COMPLETED, true);
    takeable.put(InboxTaskStatus.CANCELED, false);
    assertThat(takeable.keySet())
        .as("a new status must be placed on one side of takeForStep's condition")
        .containsExactlyInAnyOrder(InboxTaskStatus.values());

    long jobKey = 100;
    for (Map.Entry<InboxTaskStatus, Boolean> status : takeable.entrySet()) {
      long id = task(jobKey++, status.getKey());
      assertThat(tasks.takeForStep(id, 7L))
          .as(status.getKey().name())
          .isEqualTo(status.getValue() ? 1 : 0);
      if (status.getValue()) {
        assertThat(tasks.takeForStep(id, 7L)).as("the same step again").isEqualTo(1);
        assertThat(tasks.takeForStep(id, 8L)).as("another step").isZero();
      }
    }
  }

  private long task(long jobKey, InboxTaskStatus status) {
    jdbc.update(
        "insert into inbox_tasks (job_key, process_instance_key, element_id, element_instance_key,"
            + " name, candidate_groups, variables_json, status, created_at)"
            + " values (?, 1, 'review', ?, 'Review', 'ops', '{}', ?, ?)",
        jobKey,
        jobKey,
        status.name(),
        java.sql.Timestamp.from(Instant.now()));
    return jdbc.queryForObject("select id from inbox_tasks where job_key = ?", Long.class, jobKey);
  }

  /** H2's plan for each statement on inbox_tasks that the calls ran, in no particular order. */
  private List<String> plansOf(Runnable calls) throws Exception {
    jdbc.execute("set query_statistics true");
    jdbc.execute("set query_statistics_max_entries 1000");
    calls.run();
    List<String> statements =
        jdbc.queryForList(
            "select sql_statement from information_schema.query_statistics"
                + " where lower(sql_statement) like '%inbox_tasks%'"
                + " and lower(sql_statement) not like '%query_statistics%'",
            String.class);
    jdbc.execute("set query_statistics false");
    List<String> plans = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String sql : statements) {
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
          for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
            explain.setLong(i, i);
          }
          try (ResultSet plan = explain.executeQuery()) {
            plan.next();
            plans.add(plan.getString(1));
          }
        }
      }
    }
    return plans;
  }
}
