package com.exitdesk.operations;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.CaseService;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.engine.FailedJobs;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.engine.ProcessElementNames;
import com.exitdesk.engine.StuckJobLog;
import com.exitdesk.engine.StuckJobLog.StuckJob;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.messaging.MessageDispatcher;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.NotFoundException;
import com.exitdesk.web.IdempotencyKeys;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that waits for a person although no user task asks for it, and the action that moves each
 * on: a job out of retries (retry it), a message queued but not sent (send it), a submission the
 * engine never confirmed (send it again), a case whose process the engine no longer runs (close it
 * as CANCELLED), an Idempotency-Key stuck in progress (free it). Every action is on the case's
 * timeline with the operator's name.
 */
@Service
public class StuckWork {

  private final StuckJobLog jobs;
  private final ProcessElementNames elementNames;
  private final ProcessCommands commands;
  private final FailedJobs failedJobs;
  private final Outbox outbox;
  private final MessageDispatcher dispatcher;
  private final InboxService inbox;
  private final CaseService cases;
  private final IdempotencyKeys idempotencyKeys;
  private final AuditTrail audit;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration staleAfter;

  StuckWork(
      StuckJobLog jobs,
      ProcessElementNames elementNames,
      ProcessCommands commands,
      FailedJobs failedJobs,
      Outbox outbox,
      MessageDispatcher dispatcher,
      InboxService inbox,
      CaseService cases,
      IdempotencyKeys idempotencyKeys,
      AuditTrail audit,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      Clock clock,
      @Value("${exitdesk.operations.stale-after:PT5M}") Duration staleAfter) {
    this.jobs = jobs;
    this.elementNames = elementNames;
    this.commands = commands;
    this.failedJobs = failedJobs;
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.inbox = inbox;
    this.cases = cases;
    this.idempotencyKeys = idempotencyKeys;
    this.audit = audit;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  /** Everything stuck right now, each kind oldest first. */
  public Overview overview() {
    Instant stale = clock.instant().minus(staleAfter);
    return new Overview(
        jobs.open().stream().map(job -> JobOutOfRetries.of(job, elementNames)).toList(),
        outbox.queuedBefore(stale).stream().map(QueuedMessage::of).toList(),
        inbox.completionsNotConfirmedSince(stale).stream().map(UnconfirmedTask::of).toList(),
        casesGoneFromEngine(),
        idempotencyKeys.inProgressSince(stale));
  }

  /** How many of each kind: for health and metrics. */
  public Counts counts() {
    Overview now = overview();
    return new Counts(
        now.jobs().size(),
        now.messages().size(),
        now.tasks().size(),
        now.cases().size(),
        now.idempotencyKeys().size());
  }

  public FailedJobs.JobRetry retryJob(long jobKey, String operator) {
    StuckJob job =
        jobs.find(jobKey).orElseThrow(() -> new NotFoundException("Job out of retries", jobKey));
    FailedJobs.JobRetry how =
        failedJobs.retryFailedJob(
            job.jobKey(), job.processInstanceKey(), job.elementInstanceKey(), job.elementId(), 3);
    jobs.resolved(jobKey, operator);
    tx.executeWithoutResult(
        status ->
            audit.record(
                clientOf(job.caseId()),
                job.caseId(),
                operator,
                AuditType.JOB_RETRIED,
                "Step '"
                    + job.elementId()
                    + "' retried from the operations page ("
                    + how.description()
                    + ")"));
    return how;
  }

  public OutboxMessage resendMessage(long id, String operator) {
    OutboxMessage message = outbox.find(id);
    if (message.getStatus() != com.exitdesk.messaging.OutboxStatus.QUEUED) {
      throw new ConflictException("Message " + id + " is " + message.getStatus() + ", not queued");
    }
    try {
      dispatcher.dispatch(id);
    } catch (RuntimeException e) {
      throw new ConflictException(
          "The message could not be sent: " + e.getMessage() + "; it stays queued");
    } finally {
      outbox.recordResent(id, operator);
    }
    return outbox.find(id);
  }

  public InboxTask resubmitTask(long id, String operator) {
    return inbox.resubmit(id, operator);
  }

  public RelationshipCase closeCase(long caseId, String operator) {
    RelationshipCase closed = cases.closeAsCancelled(caseId, operator);
    jdbc.update("delete from cases_gone_from_engine where case_id = ?", caseId);
    return closed;
  }

  public void freeIdempotencyKey(String scope, String key, String operator) {
    if (!idempotencyKeys.free(scope, key)) {
      throw new NotFoundException("Idempotency-Key in progress", key);
    }
    tx.executeWithoutResult(
        status ->
            audit.record(
                null,
                null,
                operator,
                AuditType.IDEMPOTENCY_KEY_FREED,
                "Freed Idempotency-Key '" + key + "' of " + scope));
  }

  /**
   * Asks the engine, for every open case, whether it still runs the case's process, and notes the
   * ones it does not (cancelled from outside, say) for the operations page.
   */
  public int checkCasesAgainstEngine() {
    int gone = 0;
    for (RelationshipCase c : cases.list(CaseStatus.OPEN)) {
      if (c.getProcessInstanceKey() == null
          || commands.processInstanceExists(c.getProcessInstanceKey())
          // A case is closed before its process ends (close-case completes its job after its
          // commit), so one the list showed open may have closed while the engine was asked.
          || !cases.isOpen(c.getId())) {
        continue;
      }
      gone++;
      Integer known =
          jdbc.queryForObject(
              "select count(*) from cases_gone_from_engine where case_id = ?",
              Integer.class,
              c.getId());
      if (known == null || known == 0) {
        jdbc.update(
            "insert into cases_gone_from_engine (case_id, noticed_at) values (?, ?)",
            c.getId(),
            Timestamp.from(clock.instant()));
      }
    }
    jdbc.update(
        "delete from cases_gone_from_engine where case_id in"
            + " (select id from cases where status <> 'OPEN')");
    return gone;
  }

  private List<GoneCase> casesGoneFromEngine() {
    return jdbc.query(
        "select c.id, c.client_id, c.process_instance_key, c.phase, g.noticed_at"
            + " from cases_gone_from_engine g join cases c on c.id = g.case_id"
            + " where c.status = 'OPEN' order by g.noticed_at",
        (row, n) ->
            new GoneCase(
                row.getLong(1),
                row.getLong(2),
                row.getLong(3),
                row.getString(4),
                row.getTimestamp(5).toInstant()));
  }

  private Long clientOf(Long caseId) {
    return caseId == null ? null : cases.clientOf(caseId).orElse(null);
  }

  public record Overview(
      List<JobOutOfRetries> jobs,
      List<QueuedMessage> messages,
      List<UnconfirmedTask> tasks,
      List<GoneCase> cases,
      List<IdempotencyKeys.InProgress> idempotencyKeys) {}

  /** A job out of retries, with the name its step has in the model (the page names steps). */
  public record JobOutOfRetries(
      long jobKey,
      Long caseId,
      String elementId,
      String stepName,
      String jobType,
      String error,
      Instant failedAt) {
    static JobOutOfRetries of(StuckJob job, ProcessElementNames names) {
      return new JobOutOfRetries(
          job.jobKey(),
          job.caseId(),
          job.elementId(),
          names.nameOf(job.elementId()),
          job.jobType(),
          job.error(),
          job.failedAt());
    }
  }

  public record Counts(
      long jobsOutOfRetries,
      long messagesNotSent,
      long tasksNotConfirmed,
      long casesGoneFromEngine,
      long idempotencyKeysInProgress) {}

  public record QueuedMessage(
      long id, long caseId, String kind, String subject, String failure, Instant queuedAt) {
    static QueuedMessage of(OutboxMessage m) {
      return new QueuedMessage(
          m.getId(),
          m.getCaseId(),
          m.getKind().name(),
          m.getSubject(),
          m.getFailure(),
          m.getCreatedAt());
    }
  }

  public record UnconfirmedTask(
      long id,
      Long caseId,
      String elementId,
      String name,
      String submittedBy,
      Instant submittedAt,
      int attempts,
      Instant nextAttemptAt,
      String lastError) {
    static UnconfirmedTask of(InboxTask t) {
      return new UnconfirmedTask(
          t.getId(),
          t.getCaseId(),
          t.getElementId(),
          t.getName(),
          t.getCompletedBy(),
          t.getCompletedAt(),
          t.getCompletionAttempts(),
          t.getCompletionNextAttemptAt(),
          t.getCompletionError());
    }
  }

  public record GoneCase(
      long caseId, long clientId, long processInstanceKey, String phase, Instant noticedAt) {}
}
