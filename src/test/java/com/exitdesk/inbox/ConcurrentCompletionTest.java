package com.exitdesk.inbox;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Many people submitting the same task at once: exactly one submission wins. */
class ConcurrentCompletionTest extends ProcessTestSupport {

  private static int concurrentSubmissions;
  private static int completions;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Test
  void twentySubmissionsOfOneTaskCompleteItOnceAndTheOthersGet409() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    String body = json.writeValueAsString(Map.of("variables", contractReview("EXIT")));

    List<Integer> statuses =
        race(20, user -> submit(review.getId(), user, body), List.of("olivia", "omar"));

    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    awaitTask(caseId, APPROVE_TERMINATION);
    concurrentSubmissions += statuses.size();
    completions += (int) statuses.stream().filter(s -> s == 200).count();
  }

  @Test
  void twoManagersApprovingAtOnceMakeOneDecision() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("EXIT"));
    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);
    String body =
        json.writeValueAsString(
            Map.of("variables", Map.of("approvalDecision", "APPROVE", "approvalComment", "Yes.")));

    List<Integer> statuses =
        race(2, user -> submit(approval.getId(), user, body), List.of("maria", "mateo"));

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    awaitCase(caseId, c -> c.getApproval().decidedBy() != null);
    concurrentSubmissions += statuses.size();
    completions += (int) statuses.stream().filter(s -> s == 200).count();
    assertThat(caseOf(caseId).getApproval().decidedBy()).isIn("maria", "mateo");
  }

  private int submit(long taskId, String user, String body) throws Exception {
    return mvc.perform(
            post("/api/tasks/" + taskId + "/complete")
                .with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private static List<Integer> race(int threads, Submission submission, List<String> users)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String user = users.get(i % users.size());
        Callable<Integer> call =
            () -> {
              start.await();
              return submission.submit(user);
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Submission {
    int submit(String user) throws Exception;
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "concurrent-completion",
        Map.of(
            "concurrent submissions of one task", concurrentSubmissions,
            "tasks completed", completions));
  }
}
