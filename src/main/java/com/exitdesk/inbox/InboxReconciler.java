package com.exitdesk.inbox;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.shared.EngineUnavailableException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the inbox in step with the engine. For every open task it renews the job's lease, so a task
 * that waits for weeks is never handed out again, and learns from the engine's refusal that the
 * task is gone: interrupted by a boundary event, or its process instance cancelled (from Operate,
 * say). Such a task leaves the inbox.
 */
@Component
class InboxReconciler {

  private static final Logger log = LoggerFactory.getLogger(InboxReconciler.class);

  private final InboxTaskRepository tasks;
  private final ProcessCommands commands;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  InboxReconciler(
      InboxTaskRepository tasks,
      ProcessCommands commands,
      AuditTrail audit,
      TransactionTemplate tx,
      Clock clock) {
    this.tasks = tasks;
    this.commands = commands;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${exitdesk.inbox.reconcile-interval:PT1M}",
      initialDelayString = "${exitdesk.inbox.reconcile-interval:PT1M}")
  void reconcile() {
    int removed = 0;
    for (InboxTaskRepository.OpenJob task : tasks.findOpenJobs()) {
      boolean alive;
      try {
        alive = commands.renewJobLease(task.getJobKey(), UserTaskWorker.LEASE);
      } catch (EngineUnavailableException e) {
        log.warn("Engine unreachable while checking the inbox; will try again: {}", e.getMessage());
        return;
      }
      if (!alive && cancel(task.getTaskId())) {
        removed++;
      }
    }
    if (removed > 0) {
      log.info("{} task(s) left the inbox: no longer open in the engine", removed);
    }
  }

  private boolean cancel(long taskId) {
    return Boolean.TRUE.equals(
        tx.execute(
            status -> {
              InboxTask task = tasks.findById(taskId).orElseThrow();
              if (!task.isOpen()) {
                return false;
              }
              task.cancel(clock.instant());
              audit.record(
                  task.getClientId(),
                  task.getCaseId(),
                  AuditTrail.SYSTEM,
                  AuditType.TASK_CANCELED,
                  "'" + task.getName() + "' left the inbox: the process no longer waits for it",
                  AuditTrail.details("task", task.getElementId(), "why", "process-moved-on"));
              return true;
            }));
  }
}
