package com.exitdesk.inbox;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientRepository;
import com.exitdesk.web.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class InboxController {

  private final InboxService inbox;
  private final ClientRepository clients;

  InboxController(InboxService inbox, ClientRepository clients) {
    this.inbox = inbox;
    this.clients = clients;
  }

  @GetMapping
  List<TaskSummary> myTasks(CurrentUser user) {
    return inbox.openTasksFor(user).stream().map(this::summary).toList();
  }

  @GetMapping("/{id}")
  TaskView task(@PathVariable long id, CurrentUser user) {
    InboxService.TaskDetails details = inbox.details(id, user);
    return new TaskView(summary(details.task()), details.form(), details.variables());
  }

  @PostMapping("/{id}/claim")
  TaskSummary claim(@PathVariable long id, CurrentUser user) {
    return summary(inbox.claim(id, user));
  }

  @PostMapping("/{id}/unclaim")
  TaskSummary unclaim(@PathVariable long id, CurrentUser user) {
    return summary(inbox.release(id, user));
  }

  @PostMapping("/{id}/complete")
  TaskSummary complete(
      @PathVariable long id, @Valid @RequestBody CompleteTask request, CurrentUser user) {
    return summary(inbox.complete(id, user, request.variables()));
  }

  private TaskSummary summary(InboxTask task) {
    Long clientId = inbox.clientIdOf(task);
    String clientName =
        clientId == null ? null : clients.findById(clientId).map(Client::getName).orElse(null);
    return TaskSummary.of(task, clientName);
  }

  record CompleteTask(@NotNull Map<String, Object> variables) {}

  record TaskView(TaskSummary task, JsonNode form, Map<String, Object> variables) {}

  /** One task as the inbox lists it. */
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
      String completedBy) {

    static TaskSummary of(InboxTask task, String clientName) {
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
          task.getCompletedBy());
    }
  }
}
