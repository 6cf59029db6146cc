package com.exitdesk.criteria;

import static org.awaitility.Awaitility.await;

import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import java.time.Duration;
import java.util.List;

/** The review task of a criteria review, once its process has created it. */
final class ReviewTasks {

  private ReviewTasks() {}

  static InboxTask awaitReviewTask(
      InboxService inbox, CriteriaReviewRepository reviews, long reviewId, Duration wait) {
    return await()
        .atMost(wait)
        .until(
            () -> {
              Long instance = reviews.findById(reviewId).orElseThrow().getProcessInstanceKey();
              return instance == null
                  ? List.<InboxTask>of()
                  : inbox.openTasksOfProcess(instance).stream()
                      .filter(t -> t.getElementId().equals(CriteriaReviewModel.USER_TASK))
                      .toList();
            },
            tasks -> tasks.size() == 1)
        .get(0);
  }
}
