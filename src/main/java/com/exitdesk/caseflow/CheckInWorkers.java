package com.exitdesk.caseflow;

import com.exitdesk.caseflow.CheckInSteps.CheckIn;
import com.exitdesk.caseflow.CheckInSteps.CheckInOutcome;
import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.caseflow.ProcessConstants.UserTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the probation's check-ins in {@code repair-or-exit.bpmn}: each worker only
 * translates between the job and {@link CheckInSteps}. The strike a missed check-in may ask for is
 * {@link CheckInStrikeWorker}'s.
 */
@Component
public class CheckInWorkers {

  private final CheckInSteps steps;
  private final StepMessages messages;
  private final InboxDecisions decisions;

  CheckInWorkers(CheckInSteps steps, StepMessages messages, InboxDecisions decisions) {
    this.steps = steps;
    this.messages = messages;
    this.decisions = decisions;
  }

  @JobWorker(type = JobTypes.RECORD_CHECK_IN)
  public CheckInRecorded recordCheckIn(ActivatedJob job, @VariablesAsType CheckInForm form) {
    decisions.requireTask(
        job,
        form.checkInTaskId(),
        UserTasks.HOLD_CHECK_IN,
        form.caseId(),
        form.checkInRecordedBy());
    return steps.recordCheckIn(Step.of(job, form.caseId()), form.checkIn());
  }

  @JobWorker(type = JobTypes.REMIND_CHECK_IN)
  public void remindCheckIn(
      ActivatedJob job, @Variable long caseId, @Variable(optional = true) Long retryOf) {
    messages.deliver(steps.remindCheckIn(Step.of(job, caseId, retryOf)));
  }

  record CheckInForm(
      long caseId,
      String checkInOutcome,
      String checkInAgreed,
      String checkInNextSteps,
      Boolean logMissedCheckInStrike,
      String checkInRecordedBy,
      Long checkInTaskId) {

    CheckIn checkIn() {
      return new CheckIn(
          CheckInOutcome.valueOf(checkInOutcome),
          checkInAgreed,
          checkInNextSteps,
          Boolean.TRUE.equals(logMissedCheckInStrike),
          checkInRecordedBy);
    }
  }
}
