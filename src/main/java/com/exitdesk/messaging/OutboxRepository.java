package com.exitdesk.messaging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

  List<OutboxMessage> findByCaseIdOrderByIdAsc(Long caseId);

  List<OutboxMessage> findByStatusAndCreatedAtBeforeOrderByIdAsc(
      OutboxStatus status, java.time.Instant before);

  long countByStatusAndCreatedAtBefore(OutboxStatus status, java.time.Instant before);
}
