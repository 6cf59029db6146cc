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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a person does with a task in the inbox: opens it, claims it, releases it, completes it. Only
 * the task's groups or its assignee may; only one submission of a task can win, the others get a
 * conflict; bad input is refused and changes nothing.
 */
@Service
public class TaskActions {

  private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

  private final InboxTaskRepository tasks;
  private final FormCatalog forms;
  private final FormValidator validator;
  private final SubmissionChecks rules;
  private final CompletionDispatcher dispatcher;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final TransactionTemplate tx;
  private final Clock clock;

  TaskActions(
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
    this.clock = clock;
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
    return complete(id, user, submitted, task -> task);
  }

  /**
   * {@link #complete(long, CurrentUser, Map)}, with the answer made from the recorded task in the
   * same transaction: what the answer reads (the client's name) takes no connection of its own.
   */
  public <T> T complete(
      long id, CurrentUser user, Map<String, Object> submitted, Function<InboxTask, T> answer) {
    Recorded<T> recorded =
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
              InboxTask saved = tasks.saveAndFlush(task);
              return new Recorded<>(saved.getId(), answer.apply(saved));
            });
    // After the commit: the dispatcher's claim must find the submission.
    dispatcher.kick(recorded.taskId());
    return recorded.answer();
  }

  private record Recorded<T>(long taskId, T answer) {}

  private String write(Map<String, Object> completion) {
    try {
      return json.writeValueAsString(completion);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A submission could not be written as JSON", e);
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

  Map<String, Object> variables(InboxTask task) {
    try {
      return json.readValue(task.getVariablesJson(), VARIABLES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored variables of task " + task.getId() + " are not JSON", e);
    }
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

  private InboxTask find(long id) {
    return tasks.findById(id).orElseThrow(() -> new NotFoundException("Task", id));
  }
}
