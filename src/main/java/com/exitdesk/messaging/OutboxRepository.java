package com.exitdesk.messaging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  @Query("select m from OutboxMessage m where m.idempotencyKey = :idempotencyKey")
  Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey);

  @Query("select m from OutboxMessage m where m.caseId = :caseId order by m.id")
  List<OutboxMessage> findByCaseIdOrderByIdAsc(Long caseId);

  @Query(
      "select m from OutboxMessage m where m.status = :status and m.createdAt < :before"
          + " order by m.id")
  List<OutboxMessage> findByStatusAndCreatedAtBeforeOrderByIdAsc(
      OutboxStatus status, java.time.Instant before);

  @Query("select count(m) from OutboxMessage m where m.status = :status and m.createdAt < :before")
  long countByStatusAndCreatedAtBefore(OutboxStatus status, java.time.Instant before);
}
