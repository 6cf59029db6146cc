package com.exitdesk.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InboxTaskRepository extends JpaRepository<InboxTask, Long> {

  Optional<InboxTask> findByJobKey(Long jobKey);

  long countByStatus(InboxTaskStatus status);

  long countByStatusAndDueAtBefore(InboxTaskStatus status, java.time.Instant dueBefore);

  long countByStatusAndAssignee(InboxTaskStatus status, String assignee);

  @Query(
      value =
          """
          select * from inbox_tasks
          where status = 'OPEN' and assignee = :user
          order by created_at, id
          limit :limit offset :offset""",
      nativeQuery = true)
  List<InboxTask> findOpenClaimedBy(
      @Param("user") String user, @Param("offset") long offset, @Param("limit") int limit);

  /** Unclaimed open tasks of any of the groups, oldest first, read in index order. */
  @Query(
      value =
          """
          select t.* from inbox_tasks t
          where t.status = 'OPEN' and t.assignee is null
            and exists (select 1 from inbox_task_candidate_groups g
                        where g.task_id = t.id and g.group_name in (:groups))
          order by t.created_at, t.id
          limit :limit offset :offset""",
      nativeQuery = true)
  List<InboxTask> findOpenUnclaimedFor(
      @Param("groups") Collection<String> groups,
      @Param("offset") long offset,
      @Param("limit") int limit);

  /** The job behind each open task, without loading the tasks' variables. */
  @Query(
      "select t.id as taskId, t.jobKey as jobKey from InboxTask t"
          + " where t.status = com.exitdesk.inbox.InboxTaskStatus.OPEN order by t.id")
  List<OpenJob> findOpenJobs();

  interface OpenJob {
    long getTaskId();

    long getJobKey();
  }

  List<InboxTask> findByCaseIdAndStatusInOrderByIdAsc(
      Long caseId, Collection<InboxTaskStatus> statuses);
}
