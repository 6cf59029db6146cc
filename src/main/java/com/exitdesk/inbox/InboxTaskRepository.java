package com.exitdesk.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InboxTaskRepository extends JpaRepository<InboxTask, Long> {

  @Query("select t from InboxTask t where t.jobKey = :jobKey")
  Optional<InboxTask> findByJobKey(Long jobKey);

  @Query("select count(t) from InboxTask t where t.status = :status")
  long countByStatus(InboxTaskStatus status);

  @Query("select count(t) from InboxTask t where t.status = :status and t.dueAt < :dueBefore")
  long countByStatusAndDueAtBefore(InboxTaskStatus status, java.time.Instant dueBefore);

  @Query("select count(t) from InboxTask t where t.status = :status and t.assignee = :assignee")
  long countByStatusAndAssignee(InboxTaskStatus status, String assignee);

  /**
   * The user's own open tasks, oldest first. In the query language rather than SQL: Hibernate maps
   * a native query's result set to the entity again at every call, which was nearly half of this
   * read's time.
   */
  @Query(
      """
      select t from InboxTask t
      where t.status = com.exitdesk.inbox.InboxTaskStatus.OPEN and t.assignee = :user
      order by t.createdAt, t.id
      limit :limit offset :offset""")
  List<InboxTask> findOpenClaimedBy(
      @Param("user") String user, @Param("offset") long offset, @Param("limit") int limit);

  /**
   * Unclaimed open tasks of any of the groups, oldest first. In SQL, unlike the user's own tasks:
   * Hibernate translates a query of its language with a list parameter again at every call, which
   * costs more than mapping a native query's result.
   */
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

  /**
   * Lets a process step record the outcome of a task a person completed here; a step that runs
   * again (a redelivered job) takes it again, any other step does not. No version bump: the inbox
   * may be marking the same task completed at this moment.
   *
   * @return 1 when the step took the task
   */
  @Modifying
  @Query(
      value =
          """
          update inbox_tasks set recorded_by_step = :step
          where id = :id and status in ('COMPLETING', 'COMPLETED')
            and (recorded_by_step is null or recorded_by_step = :step)""",
      nativeQuery = true)
  int takeForStep(@Param("id") long id, @Param("step") long step);

  @Query(
      "select t.id from InboxTask t where t.processInstanceKey = :instance"
          + " and t.elementId = :element order by t.id")
  List<Long> findIdsOf(
      @Param("instance") long processInstanceKey, @Param("element") String elementId);

  /** Submissions the engine has not confirmed since before the cutoff. */
  @Query(
      "select t from InboxTask t where t.status = com.exitdesk.inbox.InboxTaskStatus.COMPLETING"
          + " and (t.completedAt is null or t.completedAt < :cutoff) order by t.id")
  List<InboxTask> findCompletingSince(@Param("cutoff") java.time.Instant cutoff);

  /** Submissions due to be sent to the engine, the longest waiting first. */
  @Query(
      value =
          """
          select id from inbox_tasks
          where status = 'COMPLETING' and completion_next_attempt_at <= :now
          order by completion_next_attempt_at, id
          limit :limit""",
      nativeQuery = true)
  List<Long> findCompletionsDue(@Param("now") java.time.Instant now, @Param("limit") int limit);

  /**
   * Claims a due submission for one send: the first caller moves its due time to the end of the
   * claim, so every other caller (another thread, another app instance) matches no row until the
   * claim runs out. A claim that finds the previous one's send still marked as under way learns
   * that send's outcome is unknown. The version moves, so a writer holding the row from before the
   * claim cannot overwrite it.
   *
   * @return 1 when this caller holds the claim
   */
  @Modifying
  @Query(
      value =
          """
          update inbox_tasks
          set completion_attempts = completion_attempts + 1,
              completion_in_doubt = completion_in_doubt or completion_sending,
              completion_sending = true,
              completion_next_attempt_at = :claimUntil,
              version = version + 1
          where id = :id and status = 'COMPLETING' and completion_next_attempt_at <= :now""",
      nativeQuery = true)
  int claimCompletion(
      @Param("id") long id,
      @Param("now") java.time.Instant now,
      @Param("claimUntil") java.time.Instant claimUntil);

  @Query("select t.completedBy from InboxTask t where t.id = :id")
  String completedByOf(@Param("id") long id);

  List<InboxTask> findByCaseIdAndStatusInOrderByIdAsc(
      Long caseId, Collection<InboxTaskStatus> statuses);

  List<InboxTask> findByProcessInstanceKeyAndStatusInOrderByIdAsc(
      long processInstanceKey, Collection<InboxTaskStatus> statuses);

  List<InboxTask> findByStatusInOrderByIdAsc(Collection<InboxTaskStatus> statuses);
}
