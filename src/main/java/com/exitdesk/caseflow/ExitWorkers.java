package com.exitdesk.caseflow;

import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.caseflow.ProcessConstants.UserTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The service tasks of an exit in {@code repair-or-exit.bpmn}: each worker only translates between
 * the job and {@link ExitSteps}, and sends the message a step wrote once it committed.
 */
@Component
public class ExitWorkers {

  private final ExitSteps steps;
  private final StepMessages messages;
  private final InboxDecisions decisions;

  ExitWorkers(ExitSteps steps, StepMessages messages, InboxDecisions decisions) {
    this.steps = steps;
    this.messages = messages;
    this.decisions = decisions;
  }

  @JobWorker(type = JobTypes.REMIND_MANAGERS)
  public void remindManagers(
      ActivatedJob job, @Variable long caseId, @Variable(optional = true) Long retryOf) {
    messages.deliver(steps.remindManagers(Step.of(job, caseId, retryOf)));
  }

  @JobWorker(type = JobTypes.RECORD_APPROVAL)
  public void recordApproval(ActivatedJob job, @VariablesAsType ApprovalForm form) {
    decisions.require(job, UserTasks.APPROVE_TERMINATION, form.caseId(), form.approvedBy());
    steps.recordApproval(
        Step.of(job, form.caseId()),
        ApprovalDecision.ofNullable(form.approvalDecision()),
        ApprovalDecision.Instead.ofNullable(form.rejectionOutcome()),
        form.approvalComment(),
        form.exitJustification(),
        form.approvedBy());
  }

  @JobWorker(type = JobTypes.RECORD_DELIVERABLE_DONE)
  public void recordDeliverableDone(ActivatedJob job, @VariablesAsType DeliverableForm form) {
    steps.recordDeliverableDone(
        Step.of(job, form.caseId()),
        form.deliverable().id(),
        LocalDate.parse(form.deliveredOn()),
        form.deliveryNotes());
  }

  @JobWorker(type = JobTypes.RECORD_TRANSITION_PLAN)
  public void recordTransitionPlan(ActivatedJob job, @VariablesAsType TransitionForm form) {
    steps.recordTransitionPlan(
        Step.of(job, form.caseId()),
        form.handoverPlan(),
        form.dataReturn(),
        form.alternatives(),
        form.transitionContact());
  }

  @JobWorker(type = JobTypes.ISSUE_REFUND)
  public void issueRefund(
      ActivatedJob job, @Variable long caseId, @Variable BigDecimal refundAmount) {
    steps.issueRefund(Step.of(job, caseId), refundAmount);
  }

  @JobWorker(type = JobTypes.START_COOLING_OFF)
  public void startCoolingOff(
      ActivatedJob job, @Variable long caseId, @Variable String coolingOffPeriod) {
    steps.startCoolingOff(Step.of(job, caseId), Duration.parse(coolingOffPeriod));
  }

  @JobWorker(type = JobTypes.SEND_TERMINATION_NOTICE)
  public void sendTerminationNotice(
      ActivatedJob job,
      @Variable long caseId,
      @Variable(optional = true) String correctedEmail,
      @Variable(optional = true) Long retryOf) {
    messages.deliver(steps.sendTerminationNotice(Step.of(job, caseId, retryOf), correctedEmail));
  }

  record ApprovalForm(
      long caseId,
      String approvalDecision,
      String rejectionOutcome,
      String approvalComment,
      String exitJustification,
      String approvedBy) {}

  record DeliverableForm(
      long caseId, DeliverableRef deliverable, String deliveredOn, String deliveryNotes) {}

  record DeliverableRef(long id, String title) {}

  record TransitionForm(
      long caseId,
      String handoverPlan,
      String dataReturn,
      String alternatives,
      String transitionContact) {}
}
