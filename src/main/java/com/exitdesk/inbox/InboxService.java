package com.exitdesk.inbox;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.ForbiddenException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox: holds the user-task jobs the engine hands out and completes them when a person
 * submits a valid form. Only one submission of a task can win; the others get a conflict.
 */
@Service
public class InboxService {

  // The headers the engine gives a job-worker user task's job (zeebe-protocol's Protocol names
  // them; the engine's protocol jar is not on the production classpath, the client is).
  private static final String ASSIGNEE_HEADER = "io.camunda.zeebe:assignee";
  private static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
  private static final String DUE_DATE_HEADER = "io.camunda.zeebe:dueDate";

  private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

  private final InboxTaskRepository tasks;
  private final FormCatalog forms;
  private final FormValidator validator;
  private final SubmissionChecks rules;
  private final CompletionDispatcher dispatcher;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final TransactionTemplate tx;
  private final TransactionTemplate readOnlyTx;
  private final Clock clock;

  InboxService(
      InboxTaskRepository tasks,
      FormCatalog forms,
      FormValidator validator,
      SubmissionChecks rules,
      CompletionDispatcher dispatcher,
      AuditTrail audit,
      ObjectMapper json,
      TransactionTemplate tx,
      Clock clock) {
    this.tasks = tasks;
    this.forms = forms;
    this.validator = validator;
    this.rules = rules;
    this.dispatcher = dispatcher;
    this.audit = audit;
    this.json = json;
    this.tx = tx;
    this.readOnlyTx = new TransactionTemplate(tx.getTransactionManager());
    this.readOnlyTx.setReadOnly(true);
    this.clock = clock;
  }

  /** Stores a user task handed out by the engine; a re-activated job keeps its one row. */
  void register(ActivatedJob job) {
    tx.executeWithoutResult(
        status -> {
          if (tasks.findByJobKey(job.getKey()).isPresent()) {
            return;
          }
          Map<String, Object> variables = job.getVariablesAsMap();
          Map<String, String> headers = job.getCustomHeaders();
          var definition = forms.userTask(job.getElementId());
          String name =
              definition.map(FormCatalog.UserTaskDefinition::name).orElse(job.getElementId());
          if (variables.get("deliverable") instanceof Map<?, ?> deliverable
              && deliverable.get("title") != null) {
            name = name + ": " + deliverable.get("title");
          }
          Long caseId = asLong(variables.get("caseId"));
          Long clientId = asLong(variables.get("clientId"));
          InboxTask task =
              tasks.save(
                  new InboxTask(
                      job.getKey(),
                      caseId,
                      clientId,
                      job.getProcessInstanceKey(),
                      job.getElementId(),
                      job.getElementInstanceKey(),
                      name,
                      definition.map(FormCatalog.UserTaskDefinition::formId).orElse(null),
                      blankToNull(headers.get(ASSIGNEE_HEADER)),
                      parseGroups(headers.get(CANDIDATE_GROUPS_HEADER)),
                      job.getVariables(),
                      clock.instant(),
                      parseDue(headers.get(DUE_DATE_HEADER))));
          audit.record(
              clientId,
              caseId,
              AuditTrail.SYSTEM,
              AuditType.TASK_CREATED,
              "Task '" + task.getName() + "' for " + String.join(", ", task.getCandidateGroups()),
              AuditTrail.details("task", task.getElementId(), "groups", task.getCandidateGroups()));
        });
  }

  /**
   * One page of the open tasks the user may work on: their own first, then the unclaimed ones of
   * their groups, oldest first.
   */
  public InboxPage openTasksFor(CurrentUser user, long offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
    }
    // One read-only transaction for the count and both reads: a consistent page, one commit.
    return readOnlyTx.execute(
        status -> {
          long claimed = tasks.countByStatusAndAssignee(InboxTaskStatus.OPEN, user.name());
          // One row beyond the page says whether another page follows, without counting them all.
          List<InboxTask> page = new ArrayList<>(limit + 1);
          if (offset < claimed) {
            page.addAll(tasks.findOpenClaimedBy(user.name(), offset, limit + 1));
          }
          if (page.size() <= limit && !user.roles().isEmpty()) {
            page.addAll(
                tasks.findOpenUnclaimedFor(
                    user.roles(), Math.max(0, offset - claimed), limit + 1 - page.size()));
          }
          boolean more = page.size() > limit;
          return new InboxPage(more ? List.copyOf(page.subList(0, limit)) : page, more);
        });
  }

  public record InboxPage(List<InboxTask> tasks, boolean more) {}

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

  public TaskDetails details(long id, CurrentUser user) {
    InboxTask task = find(id);
    requireMayWorkOn(task, user);
    Map<String, Object> variables = variables(task);
    return new TaskDetails(
        task,
        FormText.filled(forms.form(task.getFormId()).orElse(null), variables),
        variables,
        submitted(task),
        blockedReason(task, variables, user),
        LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }

  /**
   * Why the user may see this open task but not complete it ({@code own-exit}), or null when they
   * may.
   */
  public String blockedReason(InboxTask task, CurrentUser user) {
    if (!rules.mayRefuse(task.getElementId())) {
      return null;
    }
    return blockedReason(task, variables(task), user);
  }

  private String blockedReason(InboxTask task, Map<String, Object> variables, CurrentUser user) {
    return rules.refusal(task.getElementId(), variables, user);
  }

  /** What was submitted on a task that is no longer open; null while it is open. */
  private Map<String, Object> submitted(InboxTask task) {
    if (task.isOpen() || task.getCompletionJson() == null) {
      return null;
    }
    try {
      return json.readValue(task.getCompletionJson(), VARIABLES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored submission of task " + task.getId() + " is not JSON", e);
    }
  }

  public InboxTask claim(long id, CurrentUser user) {
    return tx.execute(
        status -> {
          InboxTask task = find(id);
          requireMayWorkOn(task, user);
          requireOpen(task);
          if (task.getAssignee() != null && !task.getAssignee().equals(user.name())) {
            throw new ConflictException(
                "task-claimed-by-someone-else",
                "Task " + id + " is already claimed by " + task.getAssignee());
          }
          task.claim(user.name());
          audit.record(
              task.getClientId(),
              task.getCaseId(),
              user.name(),
              AuditType.TASK_CLAIMED,
              "Claimed '" + task.getName() + "'",
              AuditTrail.details("task", task.getElementId()));
          return tasks.saveAndFlush(task);
        });
  }

  public InboxTask release(long id, CurrentUser user) {
    return tx.execute(
        status -> {
          InboxTask task = find(id);
          requireOpen(task);
          if (!user.name().equals(task.getAssignee())) {
            throw new ConflictException(
                "task-not-claimed-by-you", "Task " + id + " is not claimed by you");
          }
          task.release();
          audit.record(
              task.getClientId(),
              task.getCaseId(),
              user.name(),
              AuditType.TASK_RELEASED,
              "Released '" + task.getName() + "'",
              AuditTrail.details("task", task.getElementId()));
          return tasks.saveAndFlush(task);
        });
  }

  /**
   * Validates the submission and records it with the task, in one transaction, for the {@link
   * CompletionDispatcher} to hand to the engine: the answer never waits for the engine. Bad input
   * is refused here and changes nothing.
   *
   * @return the task, {@link InboxTaskStatus#COMPLETING} until the engine has the submission
   */
  public InboxTask complete(long id, CurrentUser user, Map<String, Object> submitted) {
    InboxTask recorded =
        tx.execute(
            status -> {
              InboxTask task = find(id);
              requireMayWorkOn(task, user);
              requireOpen(task);
              if (task.getAssignee() != null && !task.getAssignee().equals(user.name())) {
                throw new ConflictException(
                    "task-claimed-by-someone-else",
                    "Task "
                        + id
                        + " is claimed by "
                        + task.getAssignee()
                        + "; it is theirs to complete");
              }
              Map<String, Object> completion = checkedVariables(task, submitted, user);
              task.startCompleting(user.name(), clock.instant(), write(completion));
              return tasks.saveAndFlush(task);
            });
    dispatcher.kick(recorded.getId());
    return recorded;
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

  private String write(Map<String, Object> completion) {
    try {
      return json.writeValueAsString(completion);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A submission could not be written as JSON", e);
    }
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

  private Map<String, Object> checkedVariables(
      InboxTask task, Map<String, Object> submitted, CurrentUser user) {
    JsonNode form =
        forms
            .form(task.getFormId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No form " + task.getFormId() + " for " + task.getElementId()));
    Map<String, Object> taskVariables = variables(task);
    FormValidator.Result result = validator.validate(form, taskVariables, submitted);
    if (!result.errors().isEmpty()) {
      throw new InvalidInputException(result.errors());
    }
    Map<String, Object> variables = new HashMap<>(result.variables());
    variables.putAll(
        rules.check(
            task.getId(),
            task.getElementId(),
            taskVariables,
            result.variables(),
            user,
            LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    return variables;
  }

  private void requireMayWorkOn(InboxTask task, CurrentUser user) {
    if (!user.name().equals(task.getAssignee()) && !user.hasAnyRole(task.getCandidateGroups())) {
      throw new ForbiddenException(
          "task-for-other-groups",
          "Task " + task.getId() + " is for " + String.join(", ", task.getCandidateGroups()),
          Map.of("groups", task.getCandidateGroups()));
    }
  }

  private static void requireOpen(InboxTask task) {
    switch (task.getStatus()) {
      case OPEN -> {}
      case COMPLETING ->
          throw new ConflictException(
              "task-being-completed",
              "Task " + task.getId() + " is being completed by " + task.getCompletedBy());
      case COMPLETED ->
          throw new ConflictException(
              "task-completed",
              "Task " + task.getId() + " was already completed by " + task.getCompletedBy());
      case CANCELED ->
          throw new ConflictException(
              "task-no-longer-open", "Task " + task.getId() + " is no longer open in its case");
    }
  }

  private InboxTask find(long id) {
    return tasks.findById(id).orElseThrow(() -> new NotFoundException("Task", id));
  }

  Map<String, Object> variables(InboxTask task) {
    try {
      return json.readValue(task.getVariablesJson(), VARIABLES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored variables of task " + task.getId() + " are not JSON", e);
    }
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

  private static List<String> parseGroups(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    // The engine sends a JSON array; older engines sent a comma-separated list.
    String list = header.strip().replaceAll("^\\[|]$", "");
    return Arrays.stream(list.split(","))
        .map(g -> g.strip().replace("\"", ""))
        .filter(g -> !g.isEmpty())
        .toList();
  }

  private static Instant parseDue(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      // The engine writes FEEL date-times, which may carry a zone id: 2026-11-25T10:00Z[UTC].
      return ZonedDateTime.parse(header, DateTimeFormatter.ISO_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Long asLong(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * @param submitted what was submitted, once the task is no longer open
   * @param blockedReason why this user may not complete it, or null
   * @param today the date the rules check dates against
   */
  public record TaskDetails(
      InboxTask task,
      JsonNode form,
      Map<String, Object> variables,
      Map<String, Object> submitted,
      String blockedReason,
      LocalDate today) {}
}
