package com.exitdesk.inbox;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Takes the user-task jobs into the inbox. The job stays activated while a person works on it: the
 * long timeout is the longest a task may sit untouched before the engine hands it out again (the
 * inbox then keeps its one row for it).
 */
@Component
public class UserTaskWorker {

  /** The job type of every user task the engine hands out as a job (the inbox serves them all). */
  public static final String JOB_TYPE = "io.camunda.zeebe:userTask";

  static final long THIRTY_DAYS_MS = 30L * 24 * 60 * 60 * 1000;
  static final Duration LEASE = Duration.ofMillis(THIRTY_DAYS_MS);

  private final InboxService inbox;

  UserTaskWorker(InboxService inbox) {
    this.inbox = inbox;
  }

  @JobWorker(
      type = JOB_TYPE,
      autoComplete = false,
      timeout = THIRTY_DAYS_MS,
      fetchAllVariables = true)
  public void takeIntoInbox(ActivatedJob job) {
    inbox.register(job);
  }
}
