package com.exitdesk.caseflow;

import com.exitdesk.caseflow.ClosingSteps.Retrospective;
import com.exitdesk.caseflow.ProcessConstants.Headers;
import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.incident.WarningSign;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The service tasks that end a case in {@code repair-or-exit.bpmn}: each worker only translates
 * between the job and {@link ClosingSteps}.
 */
@Component
public class ClosingWorkers {

  private final ClosingSteps steps;

  ClosingWorkers(ClosingSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = JobTypes.CLOSE_CLIENT)
  public void closeClient(ActivatedJob job, @Variable long caseId) {
    steps.closeClient(Step.of(job, caseId));
  }

  /** One task per way a case ends; its {@code outcome} header says which. */
  @JobWorker(type = JobTypes.CLOSE_CASE)
  public void closeCase(ActivatedJob job, @VariablesAsType RetrospectiveForm form) {
    CaseStatus outcome = CaseStatus.valueOf(job.getCustomHeaders().get(Headers.OUTCOME));
    steps.closeCase(
        Step.of(job, form.caseId()),
        outcome,
        outcome == CaseStatus.EXITED ? form.retrospective() : null);
  }

  record RetrospectiveForm(
      long caseId,
      String whatHappened,
      String ourShare,
      String warningSignsMissed,
      List<WarningSign> missedSigns,
      String criteriaChange,
      String retrospectiveBy) {

    Retrospective retrospective() {
      return new Retrospective(
          whatHappened,
          ourShare,
          warningSignsMissed,
          missedSigns == null ? List.of() : missedSigns,
          criteriaChange,
          retrospectiveBy);
    }
  }
}
