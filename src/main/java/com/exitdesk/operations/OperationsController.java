package com.exitdesk.operations;

import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.engine.FailedJobs;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.shared.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operations page's API: what is stuck, and the action for each kind. Managers only. */
@RestController
@RequestMapping("/api/operations")
class OperationsController {

  private final StuckWork stuck;

  OperationsController(StuckWork stuck) {
    this.stuck = stuck;
  }

  @GetMapping
  StuckWork.Overview overview() {
    return stuck.overview();
  }

  @PostMapping("/jobs/{jobKey}/retry")
  Done retryJob(@PathVariable long jobKey, CurrentUser user) {
    FailedJobs.JobRetry retry = stuck.retryJob(jobKey, user.name());
    return new Done(Action.JOB_RETRIED, jobKey, retry.how().name(), retry.description());
  }

  @PostMapping("/messages/{id}/resend")
  Done resend(@PathVariable long id, CurrentUser user) {
    OutboxMessage message = stuck.resendMessage(id, user.name());
    return new Done(
        Action.MESSAGE_RESENT,
        id,
        message.getStatus().name(),
        "Message " + id + " is " + message.getStatus());
  }

  @PostMapping("/tasks/{id}/resubmit")
  Done resubmit(@PathVariable long id, CurrentUser user) {
    InboxTask task = stuck.resubmitTask(id, user.name());
    return new Done(
        Action.TASK_RESUBMITTED,
        id,
        task.getStatus().name(),
        "Task " + id + " is " + task.getStatus());
  }

  @PostMapping("/cases/{id}/close")
  Done close(@PathVariable long id, CurrentUser user) {
    RelationshipCase c = stuck.closeCase(id, user.name());
    return new Done(
        Action.CASE_CLOSED, id, c.getStatus().name(), "Case " + id + " is " + c.getStatus());
  }

  @PostMapping("/idempotency-keys/free")
  @ResponseStatus(HttpStatus.OK)
  Done free(@Valid @RequestBody KeyToFree request, CurrentUser user) {
    stuck.freeIdempotencyKey(request.scope(), request.key(), user.name());
    return new Done(
        Action.KEY_FREED, request.key(), "FREE", "Idempotency-Key " + request.key() + " is free");
  }

  record KeyToFree(
      @NotBlank @Size(max = 200) String scope, @NotBlank @Size(max = 100) String key) {}

  enum Action {
    JOB_RETRIED,
    MESSAGE_RESENT,
    TASK_RESUBMITTED,
    CASE_CLOSED,
    KEY_FREED
  }

  /**
   * What an action did, as codes the UI says in its own language (action, what it acted on, the
   * outcome: a status or how a job was retried); {@code result} is the same in English for API
   * clients, like a problem's {@code detail}.
   */
  record Done(Action action, Object subject, String outcome, String result) {}
}
