package com.exitdesk.inbox;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A held user task whose lease runs out is handed to the app again by the engine, as after a crash
 * of the instance holding it. The inbox keeps its one task: no second row, no second "task created"
 * in the timeline, and the task completes as usual.
 */
class LeaseExpiryTest extends ProcessTestSupport {

  private static int redeliveries;
  private static int duplicateTasks;

  @Autowired CamundaClient client;
  @Autowired AuditTrail audit;

  @Test
  void aTaskRedeliveredAfterItsLeaseRanOutStaysOneTask() {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    long activationsBefore = activations(review.getJobKey());

    // The lease ends now: the engine times the job out and activates it again.
    client.newUpdateTimeoutCommand(review.getJobKey()).timeout(Duration.ofMillis(1)).send().join();
    await().atMost(WAIT).until(() -> activations(review.getJobKey()) > activationsBefore);
    redeliveries++;

    await()
        .during(Duration.ofMillis(500))
        .atMost(WAIT)
        .until(() -> openTasks(caseId, REVIEW_CONTRACT).size() == 1);
    assertThat(inbox.tasksOfCase(caseId)).hasSize(1);
    long created =
        audit.forCase(caseId).stream().filter(e -> e.getType() == AuditType.TASK_CREATED).count();
    assertThat(created).isEqualTo(1);
    // The database's unique job key would also keep one row; the inbox must take the redelivered
    // job without failing it, or the engine would retry it into an incident.
    assertThat(jobRecords(review.getJobKey(), JobIntent.FAILED)).isZero();
    duplicateTasks += inbox.tasksOfCase(caseId).size() - 1;

    complete(review, OLIVIA, contractReview("EXIT"));
    awaitTask(caseId, APPROVE_TERMINATION);
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "lease-expiry",
        Map.of(
            "jobs redelivered after their timeout",
            redeliveries,
            "duplicate tasks",
            duplicateTasks));
  }

  private long jobRecords(long jobKey, JobIntent intent) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(
            r ->
                r.getKey() == jobKey
                    && r.getValueType() == ValueType.JOB
                    && r.getIntent() == intent)
        .count();
  }

  /** How often the engine has handed the job out, by pushing it to a worker or on a poll. */
  private long activations(long jobKey) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(
            r ->
                r.getValueType() == ValueType.JOB_BATCH
                    && r.getIntent() == JobBatchIntent.ACTIVATED
                    && ((JobBatchRecordValue) r.getValue()).getJobKeys().contains(jobKey))
        .count();
  }
}
