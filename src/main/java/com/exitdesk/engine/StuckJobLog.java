package com.exitdesk.engine;

import io.camunda.client.api.response.ActivatedJob;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The jobs a worker failed for the last time: the engine turns each into an incident, and this log
 * lets the operations page show and retry them without Camunda Operate.
 */
@Component
public class StuckJobLog {

  private static final Logger log = LoggerFactory.getLogger(StuckJobLog.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  StuckJobLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One job out of retries, as the operations page lists it. */
  public record StuckJob(
      long jobKey,
      long processInstanceKey,
      long elementInstanceKey,
      Long caseId,
      String elementId,
      String jobType,
      String error,
      java.time.Instant failedAt) {}

  /** Written outside any transaction: it must stay even when the step's work rolled back. */
  void failedForGood(ActivatedJob job, Long caseId, String error) {
    String message = error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    Timestamp now = Timestamp.from(clock.instant());
    try {
      int updated =
          jdbc.update(
              "update stuck_jobs set error = ?, failed_at = ?, resolved_at = null,"
                  + " resolved_by = null where job_key = ?",
              message,
              now,
              job.getKey());
      if (updated == 0) {
        jdbc.update(
            "insert into stuck_jobs (job_key, process_instance_key, element_instance_key, case_id,"
                + " element_id, job_type, error, failed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
            job.getKey(),
            job.getProcessInstanceKey(),
            job.getElementInstanceKey(),
            caseId,
            job.getElementId(),
            job.getType(),
            message,
            now);
      }
    } catch (DataAccessException e) {
      // The database may be the very fault; the incident is in the engine either way.
      log.warn("Could not record job {} as out of retries: {}", job.getKey(), e.toString());
    }
  }

  public List<StuckJob> open() {
    return jdbc.query(
        "select job_key, process_instance_key, element_instance_key, case_id, element_id,"
            + " job_type, error, failed_at from stuck_jobs where resolved_at is null"
            + " order by failed_at, job_key",
        (row, n) ->
            new StuckJob(
                row.getLong(1),
                row.getLong(2),
                row.getLong(3),
                (Long) row.getObject(4, Long.class),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getTimestamp(8).toInstant()),
        new Object[0]);
  }

  public java.util.Optional<StuckJob> find(long jobKey) {
    return open().stream().filter(j -> j.jobKey() == jobKey).findFirst();
  }

  public long countOpen() {
    Long count =
        jdbc.queryForObject(
            "select count(*) from stuck_jobs where resolved_at is null", Long.class);
    return count == null ? 0 : count;
  }

  public void resolved(long jobKey, String by) {
    jdbc.update(
        "update stuck_jobs set resolved_at = ?, resolved_by = ? where job_key = ?",
        Timestamp.from(clock.instant()),
        by,
        jobKey);
  }
}
