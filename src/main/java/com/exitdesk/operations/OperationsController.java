package com.exitdesk.operations;

import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.web.CurrentUser;
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
    return new Done(stuck.retryJob(jobKey, user.name()));
  }

  @PostMapping("/messages/{id}/resend")
  Done resend(@PathVariable long id, CurrentUser user) {
    OutboxMessage message = stuck.resendMessage(id, user.name());
    return new Done("Message " + id + " is " + message.getStatus());
  }

  @PostMapping("/tasks/{id}/resubmit")
  Done resubmit(@PathVariable long id, CurrentUser user) {
    InboxTask task = stuck.resubmitTask(id, user.name());
    return new Done("Task " + id + " is " + task.getStatus());
  }

  @PostMapping("/cases/{id}/close")
  Done close(@PathVariable long id, CurrentUser user) {
    RelationshipCase c = stuck.closeCase(id, user.name());
    return new Done("Case " + id + " is " + c.getStatus());
  }

  @PostMapping("/idempotency-keys/free")
  @ResponseStatus(HttpStatus.OK)
  Done free(@Valid @RequestBody KeyToFree request, CurrentUser user) {
    stuck.freeIdempotencyKey(request.scope(), request.key(), user.name());
    return new Done("Idempotency-Key " + request.key() + " is free");
  }

  record KeyToFree(
      @NotBlank @Size(max = 200) String scope, @NotBlank @Size(max = 100) String key) {}

  record Done(String result) {}
}
