package com.exitdesk.inbox;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.support.ProcessTestSupport;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxReconcilerTest extends ProcessTestSupport {

  @Autowired InboxReconciler reconciler;
  @Autowired InboxTaskRepository tasks;
  @Autowired CamundaClient client;

  @Test
  void aTaskWhoseProcessInstanceWasCancelledLeavesTheInbox() {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);

    client.newCancelInstanceCommand(caseOf(caseId).getProcessInstanceKey()).send().join();
    reconciler.reconcile();

    assertThat(tasks.findById(review.getId()).orElseThrow().getStatus())
        .isEqualTo(InboxTaskStatus.CANCELED);
    assertThat(inbox.openTasksOfCase(caseId)).isEmpty();
  }

  @Test
  void aLiveTaskStaysAndKeepsItsLease() {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);

    long renewedBefore = leaseRenewals(review.getJobKey());
    reconciler.reconcile();

    assertThat(tasks.findById(review.getId()).orElseThrow().getStatus())
        .isEqualTo(InboxTaskStatus.OPEN);
    assertThat(leaseRenewals(review.getJobKey())).isGreaterThan(renewedBefore);
    complete(review, OLIVIA, contractReview("EXIT"));
    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);
    assertThat(approval.getDueAt())
        .as("the approval is due when the managers' reminder fires")
        .isNotNull()
        .isAfter(approval.getCreatedAt().plus(Duration.ofDays(1)));
  }

  private long leaseRenewals(long jobKey) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(
            r ->
                r.getKey() == jobKey
                    && r.getValueType() == ValueType.JOB
                    && r.getIntent() == JobIntent.TIMEOUT_UPDATED)
        .count();
  }
}
