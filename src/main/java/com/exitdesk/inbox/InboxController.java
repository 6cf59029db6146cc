package com.exitdesk.inbox;

import com.exitdesk.client.ClientService;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class InboxController {

  private final InboxService inbox;
  private final TaskActions actions;
  private final ClientService clients;

  InboxController(InboxService inbox, TaskActions actions, ClientService clients) {
    this.inbox = inbox;
    this.actions = actions;
    this.clients = clients;
  }

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 200;

  /**
   * One page of the user's open tasks. A {@code Link: <...>; rel="next"} header (RFC 8288) points
   * at the next page when there is one.
   */
  @GetMapping
  ResponseEntity<List<TaskSummary>> myTasks(
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int limit,
      CurrentUser user) {
    if (offset < 0) {
      throw new InvalidInputException("offset", "must be 0 or more");
    }
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    InboxService.InboxPage page = inbox.openTasksFor(user, offset, limit);
    List<TaskSummary> body =
        page.tasks().stream()
            .map(
                t ->
                    TaskSummary.of(
                        t,
                        // A criteria review's task has no client.
                        t.getClientId() == null ? null : page.clientNames().get(t.getClientId()),
                        actions.blockedReason(t, user)))
            .toList();
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (page.more()) {
      response.header(
          HttpHeaders.LINK,
          "</api/tasks?offset=" + (offset + limit) + "&limit=" + limit + ">; rel=\"next\"");
    }
    return response.body(body);
  }

  @GetMapping("/{id}")
  TaskView task(@PathVariable long id, CurrentUser user) {
    TaskActions.TaskDetails details = actions.details(id, user);
    return new TaskView(
        summary(details.task(), details.blockedReason()),
        details.form(),
        details.variables(),
        details.submitted(),
        details.today());
  }

  @PostMapping("/{id}/claim")
  TaskSummary claim(@PathVariable long id, CurrentUser user) {
    return summary(actions.claim(id, user), null);
  }

  @PostMapping("/{id}/unclaim")
  TaskSummary unclaim(@PathVariable long id, CurrentUser user) {
    return summary(actions.release(id, user), null);
  }

  /**
   * Records the submission and answers without waiting for the engine: the task is {@code
   * COMPLETING} until the engine has it (see the task's {@code status} and {@code refusal}).
   */
  @PostMapping("/{id}/complete")
  TaskSummary complete(
      @PathVariable long id, @Valid @RequestBody CompleteTask request, CurrentUser user) {
    return actions.complete(id, user, request.variables(), task -> summary(task, null));
  }

  private TaskSummary summary(InboxTask task, String blockedReason) {
    Long clientId = task.getClientId();
    String clientName = clientId == null ? null : clients.nameOf(clientId).orElse(null);
    return TaskSummary.of(task, clientName, blockedReason);
  }

  record CompleteTask(@NotNull Map<String, Object> variables) {}

  /**
   * One task with its form and case variables; {@code submitted} holds what was filled in once the
   * task is done, and {@code today} is the date the server checks submitted dates against.
   */
  record TaskView(
      TaskSummary task,
      JsonNode form,
      Map<String, Object> variables,
      Map<String, Object> submitted,
      LocalDate today) {}

  /**
   * One task as the inbox lists it. {@code blockedReason} says why the user sees it but may not
   * complete it ({@code own-exit}: they proposed the exit it approves); null when they may. A
   * submitted task is {@code COMPLETING} until the engine has the submission; {@code refusal} says
   * why the engine refused it ({@code process-moved-on}: the task was interrupted or its case moved
   * on meanwhile), null unless it did.
   */
  record TaskSummary(
      long id,
      Long caseId,
      String clientName,
      String elementId,
      String name,
      String form,
      String assignee,
      List<String> candidateGroups,
      String status,
      Instant created,
      Instant due,
      String completedBy,
      Instant completedAt,
      String blockedReason,
      String refusal) {

    static TaskSummary of(InboxTask task, String clientName, String blockedReason) {
      return new TaskSummary(
          task.getId(),
          task.getCaseId(),
          clientName,
          task.getElementId(),
          task.getName(),
          task.getFormId(),
          task.getAssignee(),
          task.getCandidateGroups(),
          task.getStatus().name(),
          task.getCreatedAt(),
          task.getDueAt(),
          task.getCompletedBy(),
          task.getCompletedAt(),
          blockedReason,
          task.getCompletionRefusal());
    }
  }
}
