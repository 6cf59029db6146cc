package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.engine.PermanentFailure;
import com.exitdesk.inbox.InboxService;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case's record trusts a person's decision only when the person made it in the inbox. Anyone
 * who can reach the engine can complete a user-task job with any variables ({@code approvedBy:
 * mateo}); the step that records the outcome checks that the inbox task of that element was
 * completed here, by the person the variables name, and refuses the job otherwise: the job fails
 * with no retries (an incident on the operations page) and the timeline says why.
 */
@Component
class InboxDecisions {

  private final InboxService inbox;
  private final AuditTrail audit;
  private final CaseRepository cases;
  private final TransactionTemplate ownTx;

  InboxDecisions(
      InboxService inbox, AuditTrail audit, CaseRepository cases, TransactionTemplate tx) {
    this.inbox = inbox;
    this.audit = audit;
    this.cases = cases;
    this.ownTx = new TransactionTemplate(tx.getTransactionManager());
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * @param userTask the element id of the user task whose outcome the job's step records
   * @param decidedBy who the job's variables say decided
   * @throws PermanentFailure when the decision did not come through the inbox
   */
  void require(ActivatedJob job, String userTask, long caseId, String decidedBy) {
    check(
        job,
        userTask,
        caseId,
        decidedBy,
        inbox.takeCompletionForStep(
            job.getProcessInstanceKey(), userTask, job.getElementInstanceKey()));
  }

  /**
   * As {@link #require}, for a user task that can be open more than once at a time (a check-in):
   * the submission names the inbox task it came from.
   *
   * @param taskId the inbox task the job's variables name; null when they name none
   */
  void requireTask(ActivatedJob job, Long taskId, String userTask, long caseId, String decidedBy) {
    check(
        job,
        userTask,
        caseId,
        decidedBy,
        taskId == null
            ? Optional.empty()
            : inbox.takeCompletionOfTask(
                taskId, job.getProcessInstanceKey(), userTask, job.getElementInstanceKey()));
  }

  private void check(
      ActivatedJob job,
      String userTask,
      long caseId,
      String decidedBy,
      Optional<String> completedBy) {
    if (completedBy.isPresent() && completedBy.get().equals(decidedBy)) {
      return;
    }
    String why =
        completedBy.isEmpty()
            ? "no one completed '" + userTask + "' in the inbox"
            : "the inbox task was completed by " + completedBy.get();
    String summary =
        "Refused a decision for '"
            + userTask
            + "' that did not come through the inbox (it names "
            + (decidedBy == null ? "nobody" : decidedBy)
            + "; "
            + why
            + "). The case is not changed; the step waits as an incident.";
    ownTx.executeWithoutResult(
        status ->
            audit.record(
                cases.findById(caseId).map(RelationshipCase::getClientId).orElse(null),
                caseId,
                AuditTrail.SYSTEM,
                AuditType.DECISION_REFUSED,
                summary));
    throw new PermanentFailure(summary);
  }
}
