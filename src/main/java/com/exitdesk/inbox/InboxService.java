package com.exitdesk.inbox;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.ClientService;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox as the processes and pages around it see it: the tasks open for a user, a case or
 * a process instance; who completed the task a step records; the tasks of an ended case taken out;
 * and submissions the engine has not confirmed yet. What people do with a task is {@link
 * TaskActions}; the user-task jobs come in through {@link UserTaskWorker}.
 */
@Service
public class InboxService {

  private final InboxTaskRepository tasks;
  private final CompletionDispatcher dispatcher;
  private final AuditTrail audit;
  private final ClientService clients;
  private final TransactionTemplate tx;
  private final TransactionTemplate readOnlyTx;
  private final Clock clock;

  InboxService(
      InboxTaskRepository tasks,
      CompletionDispatcher dispatcher,
      AuditTrail audit,
      ClientService clients,
      TransactionTemplate tx,
      Clock clock) {
    this.tasks = tasks;
    this.dispatcher = dispatcher;
    this.audit = audit;
    this.clients = clients;
    this.tx = tx;
    this.readOnlyTx = new TransactionTemplate(tx.getTransactionManager());
    this.readOnlyTx.setReadOnly(true);
    this.clock = clock;
  }

  /**
   * One page of the open tasks the user may work on: their own first, then the unclaimed ones of
   * their groups, oldest first; with the names of their clients.
   */
  public InboxPage openTasksFor(CurrentUser user, long offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
    }
    // One read-only transaction for the count, both reads and the clients' names: a consistent
    // page, and one connection from the pool per page, which the whole app shares under load.
    return readOnlyTx.execute(
        status -> {
          // The first page, which is nearly every request, starts with the user's own tasks
          // whatever their number; a later page needs it to know where the unclaimed ones start.
          boolean ownTasksOnPage = true;
          long unclaimedOffset = 0;
          if (offset > 0) {
            long claimed = tasks.countByStatusAndAssignee(InboxTaskStatus.OPEN, user.name());
            ownTasksOnPage = offset < claimed;
            unclaimedOffset = Math.max(0, offset - claimed);
          }
          // One row beyond the page says whether another page follows, without counting them all.
          List<InboxTask> page = new ArrayList<>(limit + 1);
          if (ownTasksOnPage) {
            page.addAll(tasks.findOpenClaimedBy(user.name(), offset, limit + 1));
          }
          if (page.size() <= limit && !user.roles().isEmpty()) {
            page.addAll(
                tasks.findOpenUnclaimedFor(user.roles(), unclaimedOffset, limit + 1 - page.size()));
          }
          boolean more = page.size() > limit;
          List<InboxTask> listed = more ? List.copyOf(page.subList(0, limit)) : page;
          Set<Long> clientIds = new HashSet<>();
          listed.forEach(t -> clientIds.add(t.getClientId()));
          clientIds.remove(null);
          return new InboxPage(listed, more, clients.namesOf(clientIds));
        });
  }

  /**
   * @param clientNames the names of the tasks' clients, by id
   */
  public record InboxPage(List<InboxTask> tasks, boolean more, Map<Long, String> clientNames) {}

  /**
   * @param overdueAt count only the tasks due before this instant; all open tasks when null
   */
  public long countOpen(Instant overdueAt) {
    return overdueAt == null
        ? tasks.countByStatus(InboxTaskStatus.OPEN)
        : tasks.countByStatusAndDueAtBefore(InboxTaskStatus.OPEN, overdueAt);
  }

  /** Every task the case has had, open or done, oldest first. */
  public List<InboxTask> tasksOfCase(long caseId) {
    return tasks.findByCaseIdAndStatusInOrderByIdAsc(caseId, Set.of(InboxTaskStatus.values()));
  }

  /** The open tasks of every case, by case id: one read for a whole list of cases. */
  public Map<Long, List<InboxTask>> openTasksByCase() {
    return tasks
        .findByStatusInOrderByIdAsc(Set.of(InboxTaskStatus.OPEN, InboxTaskStatus.COMPLETING))
        .stream()
        .filter(t -> t.getCaseId() != null)
        .collect(java.util.stream.Collectors.groupingBy(InboxTask::getCaseId));
  }

  /** The open tasks of a process instance, such as a criteria review, which has no case. */
  public List<InboxTask> openTasksOfProcess(long processInstanceKey) {
    return tasks.findByProcessInstanceKeyAndStatusInOrderByIdAsc(
        processInstanceKey, Set.of(InboxTaskStatus.OPEN, InboxTaskStatus.COMPLETING));
  }

  /** Every task a process instance has had, open or done, oldest first. */
  public List<InboxTask> tasksOfProcess(long processInstanceKey) {
    return tasks.findByProcessInstanceKeyAndStatusInOrderByIdAsc(
        processInstanceKey, Set.of(InboxTaskStatus.values()));
  }

  public List<InboxTask> openTasksOfCase(long caseId) {
    return tasks.findByCaseIdAndStatusInOrderByIdAsc(
        caseId, Set.of(InboxTaskStatus.OPEN, InboxTaskStatus.COMPLETING));
  }

  /**
   * Who completed the user task whose outcome a process step is about to record, if a person did it
   * through the inbox. The task is taken by that step, so another step cannot reuse it.
   *
   * @param stepKey the element instance of the recording step
   * @return empty when no task of that element of the process instance was completed here: the job
   *     was completed on the engine by someone else
   */
  public Optional<String> takeCompletionForStep(
      long processInstanceKey, String elementId, long stepKey) {
    return tx.execute(
        status -> {
          for (long id : tasks.findIdsOf(processInstanceKey, elementId)) {
            if (tasks.takeForStep(id, stepKey) == 1) {
              return Optional.ofNullable(tasks.completedByOf(id));
            }
          }
          return Optional.<String>empty();
        });
  }

  /**
   * Who completed this inbox task, when it is the given element's task in the given process
   * instance and was completed here; the task is taken by the recording step, like {@link
   * #takeCompletionForStep}.
   */
  public Optional<String> takeCompletionOfTask(
      long taskId, long processInstanceKey, String elementId, long stepKey) {
    return tx.execute(
        status ->
            tasks
                .findById(taskId)
                .filter(
                    t ->
                        Long.valueOf(processInstanceKey).equals(t.getProcessInstanceKey())
                            && elementId.equals(t.getElementId()))
                .filter(t -> tasks.takeForStep(t.getId(), stepKey) == 1)
                .map(t -> tasks.completedByOf(t.getId())));
  }

  /** Tasks a person submitted whose completion has not reached the engine since {@code cutoff}. */
  public List<InboxTask> completionsNotConfirmedSince(Instant cutoff) {
    return readOnlyTx.execute(status -> tasks.findCompletingSince(cutoff));
  }

  /**
   * Sends a submission the engine has not confirmed again now, instead of at its back-off time (an
   * operator saw the engine is back), and audits who asked.
   *
   * @throws ConflictException when the task is not waiting for the engine's confirmation
   */
  public InboxTask resubmit(long id, String operator) {
    tx.executeWithoutResult(
        status -> {
          InboxTask task = find(id);
          if (task.getStatus() != InboxTaskStatus.COMPLETING || task.getCompletionJson() == null) {
            throw new ConflictException("Task " + id + " is not waiting for the engine");
          }
          task.sendCompletionNow(clock.instant());
          tasks.saveAndFlush(task);
        });
    dispatcher.dispatch(id);
    return tx.execute(
        status -> {
          InboxTask current = find(id);
          String outcome =
              switch (current.getStatus()) {
                case COMPLETED -> ": sent to the engine again, which took it";
                case CANCELED -> ": sent again, but the process no longer waits for it";
                default -> ": sent again; the engine has not taken it yet";
              };
          audit.record(
              current.getClientId(),
              current.getCaseId(),
              operator,
              AuditType.TASK_RESUBMITTED,
              "'" + current.getName() + "' as submitted by " + current.getCompletedBy() + outcome);
          return current;
        });
  }

  /** Takes the tasks of an ended case out of the inbox. */
  public void cancelOpenTasksOfCase(long caseId, Long clientId) {
    for (InboxTask task :
        tasks.findByCaseIdAndStatusInOrderByIdAsc(caseId, Set.of(InboxTaskStatus.OPEN))) {
      task.cancel(clock.instant());
      audit.record(
          clientId,
          caseId,
          AuditTrail.SYSTEM,
          AuditType.TASK_CANCELED,
          "'" + task.getName() + "' left the inbox: the case ended",
          AuditTrail.details("task", task.getElementId(), "why", "case-ended"));
    }
  }

  private InboxTask find(long id) {
    return tasks.findById(id).orElseThrow(() -> new NotFoundException("Task", id));
  }

  static Map<String, Object> completionDetails(InboxTask task, Map<String, Object> completion) {
    Map<String, Object> details = AuditTrail.details("task", task.getElementId());
    for (String key : List.of("reviewDecision", "approvalDecision", "deliveredOn")) {
      if (completion.get(key) != null) {
        details.put(key, completion.get(key));
      }
    }
    return details;
  }

  static String summary(Map<String, Object> completion) {
    for (String key : List.of("reviewDecision", "approvalDecision", "deliveredOn")) {
      if (completion.get(key) != null) {
        return " (" + key + ": " + completion.get(key) + ")";
      }
    }
    return "";
  }
}
