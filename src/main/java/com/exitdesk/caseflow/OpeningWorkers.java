package com.exitdesk.caseflow;

import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.caseflow.ProcessConstants.UserTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The service tasks that open a case in {@code repair-or-exit.bpmn}. Each worker only translates
 * between the job and {@link OpeningSteps}; an exception fails the job, which the engine retries
 * and, after the last retry, turns into an incident for operations to resolve (see {@link
 * com.exitdesk.engine.JobFailures}).
 */
@Component
public class OpeningWorkers {

  private final OpeningSteps steps;
  private final InboxDecisions decisions;

  OpeningWorkers(OpeningSteps steps, InboxDecisions decisions) {
    this.steps = steps;
    this.decisions = decisions;
  }

  @JobWorker(type = JobTypes.COLLECT_EVIDENCE)
  public EvidenceFound collectEvidence(
      ActivatedJob job, @Variable long caseId, @Variable Long lastIncidentId) {
    return steps.collectEvidence(Step.of(job, caseId), lastIncidentId);
  }

  @JobWorker(type = JobTypes.RECORD_ASSESSMENT)
  public void recordAssessment(
      ActivatedJob job,
      @Variable long caseId,
      @Variable Recommendation recommendation,
      @Variable String rationale,
      // Absent on instances started from a model deployed before the table named its rules.
      @Variable(optional = true) String matchedRule) {
    steps.recordAssessment(Step.of(job, caseId), recommendation, rationale, matchedRule);
  }

  @JobWorker(type = JobTypes.RECORD_CONTRACT_REVIEW)
  public ReviewOutcome recordContractReview(ActivatedJob job, @VariablesAsType ReviewForm form) {
    decisions.require(job, UserTasks.REVIEW_CONTRACT, form.caseId(), form.exitDecidedBy());
    return steps.recordContractReview(
        Step.of(job, form.caseId()), form.review(), form.recommendation());
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
      String exitDecidedBy) {

    ContractReview review() {
      return new ContractReview(
          Boolean.TRUE.equals(canTerminateLegally),
          terminationClause,
          LocalDate.parse(exitDate),
          noticePeriodDays,
          Boolean.TRUE.equals(earlyTerminationAgreed),
          earlyTerminationFee,
          refundAmount == null ? BigDecimal.ZERO : refundAmount,
          ReviewDecision.ofNullable(reviewDecision),
          justification,
          exitDecidedBy);
    }
  }
}
