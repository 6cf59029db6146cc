package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.shared.CurrentUser;
import com.exitdesk.support.ProcessTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox query: own tasks first, then the unclaimed ones of the user's groups, in pages. */
class InboxPagingTest extends ProcessTestSupport {

  private static final AtomicLong JOB_KEYS = new AtomicLong(-1_000_000);

  @Autowired InboxTaskRepository tasks;

  // Groups of their own, so the open tasks other tests leave behind stay out of these pages.
  private final String group = "PAGING_" + UUID.randomUUID();
  private final String otherGroup = "PAGING_OTHER_" + UUID.randomUUID();
  private final CurrentUser pat = new CurrentUser("pat-" + UUID.randomUUID(), Set.of(group));

  @Test
  void ownTasksComeFirstThenTheGroupsUnclaimedTasksOldestFirst() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    List<Long> unclaimed =
        List.of(
            store("u1", group, null, t0.plusSeconds(1)),
            store("u2", group, null, t0.plusSeconds(2)),
            store("u3", group, null, t0.plusSeconds(3)),
            store("u4", group, null, t0.plusSeconds(4)),
            store("u5", group, null, t0.plusSeconds(5)));
    long mineInOtherGroup = store("m2", otherGroup, pat.name(), t0.plusSeconds(9));
    long mine = store("m1", group, pat.name(), t0.plusSeconds(8));
    store("someone else's", group, "sam", t0);
    store("another group's", otherGroup, null, t0);
    long done = store("done", group, null, t0);
    tasks.findById(done).ifPresent(t -> tasks.save(completed(t)));

    InboxService.InboxPage first = inbox.openTasksFor(pat, 0, 3);
    InboxService.InboxPage second = inbox.openTasksFor(pat, 3, 3);
    InboxService.InboxPage last = inbox.openTasksFor(pat, 6, 3);

    assertThat(ids(first)).containsExactly(mine, mineInOtherGroup, unclaimed.get(0));
    assertThat(first.more()).isTrue();
    assertThat(ids(second)).containsExactlyElementsOf(unclaimed.subList(1, 4));
    assertThat(second.more()).isTrue();
    assertThat(ids(last)).containsExactly(unclaimed.get(4));
    assertThat(last.more()).isFalse();
  }

  @Test
  void aPageThatEndsExactlyAtTheLastTaskSaysNoMoreFollow() {
    store("only", group, null, Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(inbox.openTasksFor(pat, 0, 1).more()).isFalse();
    assertThat(inbox.openTasksFor(pat, 1, 1).tasks()).isEmpty();
  }

  @Test
  void aUserWithoutGroupsSeesOnlyTheirOwnTasks() {
    CurrentUser loner = new CurrentUser("loner-" + UUID.randomUUID(), Set.of());
    long own = store("own", group, loner.name(), Instant.parse("2026-01-01T00:00:00Z"));
    store("unclaimed", group, null, Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(ids(inbox.openTasksFor(loner, 0, 10))).containsExactly(own);
  }

  private long store(String name, String candidateGroup, String assignee, Instant created) {
    return tasks
        .save(
            new InboxTask(
                JOB_KEYS.decrementAndGet(),
                null,
                null,
                1L,
                "task_paging",
                1L,
                name,
                null,
                assignee,
                List.of(candidateGroup),
                "{}",
                created,
                null))
        .getId();
  }

  private static InboxTask completed(InboxTask task) {
    task.startCompleting("sam", Instant.now(), "{}");
    task.completed(Instant.now());
    return task;
  }

  private static List<Long> ids(InboxService.InboxPage page) {
    return page.tasks().stream().map(InboxTask::getId).toList();
  }
}
