package com.exitdesk.caseflow;

import com.exitdesk.caseflow.CaseSteps.Retrospective;
import com.exitdesk.caseflow.CaseSteps.Step;
import com.exitdesk.caseflow.ProcessConstants.ErrorCodes;
import com.exitdesk.caseflow.ProcessConstants.Headers;
import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.caseflow.ProcessConstants.UserTasks;
import com.exitdesk.engine.JobFailures;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.AddressRejectedException;
import com.exitdesk.messaging.MessageDispatcher;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code repair-or-exit.bpmn}. Each worker only translates between job and
 * {@link CaseSteps}; an exception fails the job, which the engine retries and, after the last
 * retry, turns into an incident for operations to resolve.
 */
@Component
public class CaseWorkers {

  private final CaseSteps steps;
  private final MessageDispatcher dispatcher;
  private final JobFailures failures;
  private final InboxDecisions decisions;

  CaseWorkers(
      CaseSteps steps,
      MessageDispatcher dispatcher,
      JobFailures failures,
      InboxDecisions decisions) {
    this.steps = steps;
    this.dispatcher = dispatcher;
    this.failures = failures;
    this.decisions = decisions;
  }

  @JobWorker(type = JobTypes.COLLECT_EVIDENCE)
  public Map<String, Object> collectEvidence(
      ActivatedJob job, @Variable long caseId, @Variable Long lastIncidentId) {
    return failures.guard(job, () -> steps.collectEvidence(step(job, caseId), lastIncidentId));
  }

  @JobWorker(type = JobTypes.RECORD_ASSESSMENT)
  public void recordAssessment(
      ActivatedJob job,
      @Variable long caseId,
      @Variable Recommendation recommendation,
      @Variable String rationale,
      // Absent on instances started from a model deployed before the table named its rules.
      @Variable(optional = true) String matchedRule) {
    failures.guard(
        job,
        () -> steps.recordAssessment(step(job, caseId), recommendation, rationale, matchedRule));
  }

  @JobWorker(type = JobTypes.RECORD_CONTRACT_REVIEW)
  public Map<String, Object> recordContractReview(
      ActivatedJob job, @VariablesAsType ReviewForm form) {
    return failures.guard(
        job,
        () -> {
          decisions.require(job, UserTasks.REVIEW_CONTRACT, form.caseId(), form.exitDecidedBy());
          return steps.recordContractReview(
              step(job, form.caseId()),
              new ContractReview(
                  Boolean.TRUE.equals(form.canTerminateLegally()),
                  form.terminationClause(),
                  LocalDate.parse(form.exitDate()),
                  form.noticePeriodDays(),
                  Boolean.TRUE.equals(form.earlyTerminationAgreed()),
                  form.earlyTerminationFee(),
                  form.refundAmount() == null ? BigDecimal.ZERO : form.refundAmount(),
                  form.reviewDecision(),
                  form.justification(),
                  form.exitDecidedBy()),
              form.recommendation());
        });
  }

  @JobWorker(type = JobTypes.SEND_PROPOSAL)
  public Map<String, Object> sendProposal(ActivatedJob job, @VariablesAsType TermsForm form) {
    return failures.guard(
        job,
        () ->
            deliver(
                steps.sendProposal(
                    step(job, form.caseId(), form.retryOf()),
                    new NewTerms(
                        form.newScope(),
                        form.boundaries(),
                        form.communicationChannel(),
                        form.checkInCadence(),
                        form.newMonthlyFee()),
                    Duration.parse(form.proposalAnswerPeriod()),
                    form.correctedEmail())));
  }

  @JobWorker(type = JobTypes.SEND_PROPOSAL_REMINDER)
  public void sendProposalReminder(
      ActivatedJob job,
      @Variable long caseId,
      @Variable long proposalId,
      @Variable(optional = true) String correctedEmail,
      @Variable(optional = true) Long retryOf) {
    failures.guard(
        job,
        () ->
            deliver(
                steps.sendProposalReminder(
                    step(job, caseId, retryOf), proposalId, correctedEmail)));
  }

  @JobWorker(type = JobTypes.APPLY_NEW_TERMS)
  public Map<String, Object> applyNewTerms(
      ActivatedJob job,
      @Variable long caseId,
      @Variable long proposalId,
      @Variable String probationPeriod) {
    return failures.guard(
        job,
        () -> steps.applyNewTerms(step(job, caseId), proposalId, Duration.parse(probationPeriod)));
  }

  @JobWorker(type = JobTypes.RECORD_CHECK_IN)
  public Map<String, Object> recordCheckIn(ActivatedJob job, @VariablesAsType CheckInForm form) {
    return failures.guard(
        job,
        () -> {
          decisions.requireTask(
              job,
              form.checkInTaskId(),
              UserTasks.HOLD_CHECK_IN,
              form.caseId(),
              form.checkInRecordedBy());
          return steps.recordCheckIn(
              step(job, form.caseId()),
              new CaseSteps.CheckIn(
                  CaseSteps.CheckInOutcome.valueOf(form.checkInOutcome()),
                  form.checkInAgreed(),
                  form.checkInNextSteps(),
                  Boolean.TRUE.equals(form.logMissedCheckInStrike()),
                  form.checkInRecordedBy()));
        });
  }

  @JobWorker(type = JobTypes.REMIND_CHECK_IN)
  public void remindCheckIn(
      ActivatedJob job, @Variable long caseId, @Variable(optional = true) Long retryOf) {
    failures.guard(job, () -> deliver(steps.remindCheckIn(step(job, caseId, retryOf))));
  }

  @JobWorker(type = JobTypes.RECORD_FAILED_REPAIR)
  public Map<String, Object> recordFailedRepair(
      ActivatedJob job, @Variable long caseId, @Variable(optional = true) Long proposalId) {
    return failures.guard(
        job,
        () ->
            steps.recordFailedRepair(
                step(job, caseId),
                FailedRepair.valueOf(job.getCustomHeaders().get(Headers.FAILURE)),
                proposalId));
  }

  @JobWorker(type = JobTypes.REMIND_MANAGERS)
  public void remindManagers(
      ActivatedJob job, @Variable long caseId, @Variable(optional = true) Long retryOf) {
    failures.guard(job, () -> deliver(steps.remindManagers(step(job, caseId, retryOf))));
  }

  @JobWorker(type = JobTypes.RECORD_APPROVAL)
  public void recordApproval(ActivatedJob job, @VariablesAsType ApprovalForm form) {
    failures.guard(
        job,
        () -> {
          decisions.require(job, UserTasks.APPROVE_TERMINATION, form.caseId(), form.approvedBy());
          steps.recordApproval(
              step(job, form.caseId()),
              form.approvalDecision(),
              form.rejectionOutcome(),
              form.approvalComment(),
              form.exitJustification(),
              form.approvedBy());
        });
  }

  @JobWorker(type = JobTypes.RECORD_DELIVERABLE_DONE)
  public void recordDeliverableDone(ActivatedJob job, @VariablesAsType DeliverableForm form) {
    failures.guard(
        job,
        () ->
            steps.recordDeliverableDone(
                step(job, form.caseId()),
                form.deliverable().id(),
                LocalDate.parse(form.deliveredOn()),
                form.deliveryNotes()));
  }

  @JobWorker(type = JobTypes.RECORD_TRANSITION_PLAN)
  public void recordTransitionPlan(ActivatedJob job, @VariablesAsType TransitionForm form) {
    failures.guard(
        job,
        () ->
            steps.recordTransitionPlan(
                step(job, form.caseId()),
                form.handoverPlan(),
                form.dataReturn(),
                form.alternatives(),
                form.transitionContact()));
  }

  @JobWorker(type = JobTypes.ISSUE_REFUND)
  public void issueRefund(
      ActivatedJob job, @Variable long caseId, @Variable BigDecimal refundAmount) {
    failures.guard(job, () -> steps.issueRefund(step(job, caseId), refundAmount));
  }

  @JobWorker(type = JobTypes.START_COOLING_OFF)
  public void startCoolingOff(
      ActivatedJob job, @Variable long caseId, @Variable String coolingOffPeriod) {
    failures.guard(
        job, () -> steps.startCoolingOff(step(job, caseId), Duration.parse(coolingOffPeriod)));
  }

  @JobWorker(type = JobTypes.SEND_TERMINATION_NOTICE)
  public void sendTerminationNotice(
      ActivatedJob job,
      @Variable long caseId,
      @Variable(optional = true) String correctedEmail,
      @Variable(optional = true) Long retryOf) {
    failures.guard(
        job,
        () -> deliver(steps.sendTerminationNotice(step(job, caseId, retryOf), correctedEmail)));
  }

  @JobWorker(type = JobTypes.CLOSE_CLIENT)
  public void closeClient(ActivatedJob job, @Variable long caseId) {
    failures.guard(job, () -> steps.closeClient(step(job, caseId)));
  }

  @JobWorker(type = JobTypes.CLOSE_CASE)
  public void closeCase(ActivatedJob job, @VariablesAsType RetrospectiveForm form) {
    failures.guard(
        job,
        () -> {
          CaseStatus outcome = CaseStatus.valueOf(job.getCustomHeaders().get(Headers.OUTCOME));
          steps.closeCase(
              step(job, form.caseId()),
              outcome,
              outcome == CaseStatus.EXITED
                  ? new Retrospective(
                      form.whatHappened(),
                      form.ourShare(),
                      form.warningSignsMissed(),
                      form.missedSigns() == null ? List.of() : form.missedSigns(),
                      form.criteriaChange(),
                      form.retrospectiveBy())
                  : null);
        });
  }

  /**
   * Sends the message the step wrote, after its transaction committed. A refused client address is
   * a business outcome the model handles: OPS corrects it and the step runs again.
   */
  private Map<String, Object> deliver(CaseSteps.Sending sending) {
    try {
      dispatcher.dispatch(sending.outboxId());
    } catch (AddressRejectedException e) {
      throw CamundaError.bpmnError(
          ErrorCodes.CLIENT_ADDRESS_REJECTED,
          "The mail server refused the client's address: " + e.getMessage(),
          Map.of("addressRejection", e.getMessage()));
    }
    return sending.variables();
  }

  private static Step step(ActivatedJob job, long caseId) {
    return step(job, caseId, null);
  }

  /**
   * @param retryOf the element instance this one stands in for when an operator retried a job that
   *     ran out of retries by entering its step again ({@link
   *     com.exitdesk.engine.ProcessCommands#retryFailedJob}): the step and the message it queued
   *     stay the ones of that first instance
   */
  private static Step step(ActivatedJob job, long caseId, Long retryOf) {
    return new Step(
        caseId,
        retryOf != null ? retryOf : job.getElementInstanceKey(),
        job.getType(),
        job.getElementId());
  }

  record ReviewForm(
      long caseId,
      Recommendation recommendation,
      Boolean canTerminateLegally,
      String terminationClause,
      String exitDate,
      int noticePeriodDays,
      Boolean earlyTerminationAgreed,
      BigDecimal earlyTerminationFee,
      BigDecimal refundAmount,
      String reviewDecision,
      String justification,
      String exitDecidedBy) {}

  record TermsForm(
      long caseId,
      String newScope,
      String boundaries,
      String communicationChannel,
      String checkInCadence,
      BigDecimal newMonthlyFee,
      String proposalAnswerPeriod,
      String correctedEmail,
      Long retryOf) {}

  record CheckInForm(
      long caseId,
      String checkInOutcome,
      String checkInAgreed,
      String checkInNextSteps,
      Boolean logMissedCheckInStrike,
      String checkInRecordedBy,
      Long checkInTaskId) {}

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

  record RetrospectiveForm(
      long caseId,
      String whatHappened,
      String ourShare,
      String warningSignsMissed,
      List<WarningSign> missedSigns,
      String criteriaChange,
      String retrospectiveBy) {}
}
