package com.exitdesk.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboxTaskRepository extends JpaRepository<InboxTask, Long> {

  Optional<InboxTask> findByJobKey(Long jobKey);

  long countByStatus(InboxTaskStatus status);

  long countByStatusAndDueAtBefore(InboxTaskStatus status, java.time.Instant dueBefore);

  List<InboxTask> findByStatusOrderByCreatedAtAscIdAsc(InboxTaskStatus status);

  List<InboxTask> findByCaseIdAndStatusInOrderByIdAsc(
      Long caseId, Collection<InboxTaskStatus> statuses);
}
