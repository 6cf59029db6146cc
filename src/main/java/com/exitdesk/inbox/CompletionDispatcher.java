package com.exitdesk.inbox;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.engine.ProcessCommands.CompletionDelivery;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the submissions people made in the inbox to the engine: the transactional outbox of task
 * completions. {@link TaskActions#complete} writes the submission with the task row and answers;
 * this sends it right after the commit ({@link #kick}) and, for anything that did not go through
 * (engine unreachable, the app stopped mid-way), on a short poll with a growing back-off, until the
 * engine has it or refuses it.
 *
 * <p>Several app instances may run this at once. Each send is preceded by a claim on the row (a
 * conditional update, see {@link InboxTaskRepository#claimCompletion}) that only one caller wins
 * and that lasts longer than a send may take, so one submission is in flight at a time. A claim
 * whose holder died runs out, and the next claim marks the submission "in doubt": its last send may
 * have reached the engine.
 *
 * <p>Zeebe completes a job once; a second completion of the same job key gets NOT_FOUND, exactly as
 * a completion of a job whose task was interrupted does. So NOT_FOUND means "refused" only when no
 * earlier send of this submission can have reached the engine. When one may have (in doubt), or
 * when the process step that records the task's outcome already took the task (it runs only after
 * the engine completed the job), NOT_FOUND means the engine took the earlier send: the task is
 * completed, and a redelivery does no harm. The one case this reads wrong: a send timed out without
 * reaching the engine, and the task was interrupted before the next one; the task then shows as
 * completed although the process moved on without it, which the case's timeline shows.
 */
@Component
class CompletionDispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CompletionDispatcher.class);
  private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};
  private static final int BATCH = 50;

  /** The refusal the task and case pages explain. */
  static final String PROCESS_MOVED_ON = "process-moved-on";

  private final InboxTaskRepository tasks;
  private final ProcessCommands commands;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration claim;
  private final Duration firstRetry;
  private final Duration longestRetry;
  private final int senders;
  private volatile ThreadPoolExecutor sending;

  CompletionDispatcher(
      InboxTaskRepository tasks,
      ProcessCommands commands,
      AuditTrail audit,
      ObjectMapper json,
      TransactionTemplate tx,
      Clock clock,
      @Value("${exitdesk.inbox.completion.claim:PT1M}") Duration claim,
      @Value("${exitdesk.inbox.completion.first-retry:PT1S}") Duration firstRetry,
      @Value("${exitdesk.inbox.completion.longest-retry:PT5M}") Duration longestRetry,
      @Value("${exitdesk.inbox.completion.senders:8}") int senders) {
    this.tasks = tasks;
    this.commands = commands;
    this.audit = audit;
    this.json = json;
    this.tx = tx;
    this.clock = clock;
    this.claim = claim;
    this.firstRetry = firstRetry;
    this.longestRetry = longestRetry;
    this.senders = senders;
  }

  /**
   * Sends a just-committed submission now, off the request's thread. A full queue or a stopped
   * dispatcher leaves it to the poll.
   */
  void kick(long taskId) {
    ThreadPoolExecutor executor = sending;
    if (executor == null) {
      return;
    }
    try {
      executor.execute(() -> dispatch(taskId));
    } catch (RejectedExecutionException e) {
      log.debug("Completion of task {} left to the next poll: {}", taskId, e.getMessage());
    }
  }

  /** Sends every submission whose time has come; the rest wait for their back-off. */
  @Scheduled(
      fixedDelayString = "${exitdesk.inbox.completion.poll-interval:PT1S}",
      initialDelayString = "${exitdesk.inbox.completion.poll-interval:PT1S}")
  void poll() {
    if (sending == null) {
      return;
    }
    List<Long> due = tasks.findCompletionsDue(clock.instant(), BATCH);
    for (long taskId : due) {
      kick(taskId);
    }
  }

  /**
   * One send of a task's submission, if it is due and no one else holds it.
   *
   * @return false when there was nothing to send: not due, held elsewhere, or no longer waiting
   */
  boolean dispatch(long taskId) {
    InboxTask claimed = claim(taskId);
    if (claimed == null) {
      return false;
    }
    CompletionDelivery delivery;
    try {
      delivery = commands.deliverCompletion(claimed.getJobKey(), submission(claimed));
    } catch (RuntimeException e) {
      delivery = new CompletionDelivery(CompletionDelivery.Outcome.UNKNOWN, e.toString());
    }
    try {
      record(taskId, delivery);
    } catch (OptimisticLockingFailureException e) {
      // Our claim ran out and another sender holds the row: its send settles the submission.
      log.warn("Completion of task {} was taken over before its outcome was written", taskId);
    }
    return true;
  }

  /** Claims the row in its own transaction, so other senders see the claim before the send. */
  InboxTask claim(long taskId) {
    return tx.execute(
        status -> {
          Instant now = clock.instant();
          if (tasks.claimCompletion(taskId, now, now.plus(claim)) != 1) {
            return null;
          }
          return tasks.findById(taskId).orElseThrow();
        });
  }

  private void record(long taskId, CompletionDelivery delivery) {
    tx.executeWithoutResult(
        status -> {
          InboxTask task = tasks.findById(taskId).orElseThrow();
          if (task.getStatus() != InboxTaskStatus.COMPLETING) {
            return;
          }
          Instant now = clock.instant();
          switch (delivery.outcome()) {
            case TAKEN -> completed(task, now, false);
            case GONE -> {
              if (task.isCompletionInDoubt() || task.getRecordedByStep() != null) {
                completed(task, now, true);
              } else {
                refused(task, now);
              }
            }
            case NOT_TAKEN, UNKNOWN -> {
              Instant next = now.plus(backOff(task.getCompletionAttempts()));
              task.completionNotTaken(
                  next, delivery.outcome() == CompletionDelivery.Outcome.UNKNOWN, delivery.error());
              log.warn(
                  "Completion of task {} not taken by the engine (send {}), next try at {}: {}",
                  taskId,
                  task.getCompletionAttempts(),
                  next,
                  delivery.error());
            }
          }
          tasks.saveAndFlush(task);
        });
  }

  private void completed(InboxTask task, Instant now, boolean byAnEarlierSend) {
    task.completed(now);
    Map<String, Object> completion = submission(task);
    Map<String, Object> details = InboxService.completionDetails(task, completion);
    if (byAnEarlierSend) {
      details.put("redelivered", true);
    }
    audit.record(
        task.getClientId(),
        task.getCaseId(),
        task.getCompletedBy(),
        AuditType.TASK_COMPLETED,
        "Completed '" + task.getName() + "'" + InboxService.summary(completion),
        details);
  }

  private void refused(InboxTask task, Instant now) {
    task.completionRefused(now, PROCESS_MOVED_ON);
    audit.record(
        task.getClientId(),
        task.getCaseId(),
        AuditTrail.SYSTEM,
        AuditType.TASK_CANCELED,
        "'"
            + task.getName()
            + "' as submitted by "
            + task.getCompletedBy()
            + " was refused: the process no longer waited for it",
        AuditTrail.details(
            "task",
            task.getElementId(),
            "why",
            "submission-refused",
            "submittedBy",
            task.getCompletedBy()));
  }

  /** 1 s, 2 s, 4 s … up to the longest wait, from the first retry on. */
  Duration backOff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = firstRetry.multipliedBy(1L << doublings);
    return wait.compareTo(longestRetry) > 0 || wait.isNegative() ? longestRetry : wait;
  }

  private Map<String, Object> submission(InboxTask task) {
    try {
      return json.readValue(task.getCompletionJson(), VARIABLES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored submission of task " + task.getId() + " is not JSON", e);
    }
  }

  @Override
  public synchronized void start() {
    if (sending != null) {
      return;
    }
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            senders,
            senders,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000),
            new CustomizableThreadFactory("task-completion-"),
            new ThreadPoolExecutor.AbortPolicy());
    executor.allowCoreThreadTimeOut(true);
    sending = executor;
  }

  /**
   * Stops taking submissions to send; the sends under way finish (or their claims run out), and
   * whatever is left is sent by the next instance or start.
   */
  @Override
  public synchronized void stop() {
    ThreadPoolExecutor executor = sending;
    sending = null;
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(15, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return sending != null;
  }
}
