package com.exitdesk.caseflow;

import com.exitdesk.caseflow.ProcessConstants.Headers;
import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The service tasks of a repair in {@code repair-or-exit.bpmn}: each worker only translates between
 * the job and {@link RenegotiationSteps}, and sends the message a step wrote once it committed.
 */
@Component
public class RenegotiationWorkers {

  private final RenegotiationSteps steps;
  private final StepMessages messages;

  RenegotiationWorkers(RenegotiationSteps steps, StepMessages messages) {
    this.steps = steps;
    this.messages = messages;
  }

  @JobWorker(type = JobTypes.SEND_PROPOSAL)
  public ProposalSent sendProposal(ActivatedJob job, @VariablesAsType TermsForm form) {
    return messages.deliver(
        steps.sendProposal(
            Step.of(job, form.caseId(), form.retryOf()),
            form.terms(),
            Duration.parse(form.proposalAnswerPeriod()),
            form.correctedEmail()));
  }

  @JobWorker(type = JobTypes.SEND_PROPOSAL_REMINDER)
  public void sendProposalReminder(
      ActivatedJob job,
      @Variable long caseId,
      @Variable long proposalId,
      @Variable(optional = true) String correctedEmail,
      @Variable(optional = true) Long retryOf) {
    messages.deliver(
        steps.sendProposalReminder(Step.of(job, caseId, retryOf), proposalId, correctedEmail));
  }

  @JobWorker(type = JobTypes.APPLY_NEW_TERMS)
  public ProbationPlanned applyNewTerms(
      ActivatedJob job,
      @Variable long caseId,
      @Variable long proposalId,
      @Variable String probationPeriod) {
    return steps.applyNewTerms(Step.of(job, caseId), proposalId, Duration.parse(probationPeriod));
  }

  @JobWorker(type = JobTypes.RECORD_FAILED_REPAIR)
  public RepairOutcome recordFailedRepair(
      ActivatedJob job, @Variable long caseId, @Variable(optional = true) Long proposalId) {
    return steps.recordFailedRepair(
        Step.of(job, caseId),
        FailedRepair.valueOf(job.getCustomHeaders().get(Headers.FAILURE)),
        proposalId);
  }

  record TermsForm(
      long caseId,
      String newScope,
      String boundaries,
      String communicationChannel,
      String checkInCadence,
      BigDecimal newMonthlyFee,
      String proposalAnswerPeriod,
      String correctedEmail,
      Long retryOf) {

    NewTerms terms() {
      return new NewTerms(
          newScope, boundaries, communicationChannel, checkInCadence, newMonthlyFee);
    }
  }
}
