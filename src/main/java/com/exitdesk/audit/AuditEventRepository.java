package com.exitdesk.audit;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: the record is never edited. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

  AuditEvent save(AuditEvent event);

  @Query("select e from AuditEvent e where e.caseId = :caseId order by e.id")
  List<AuditEvent> findByCaseIdOrderByIdAsc(Long caseId);

  @Query("select e from AuditEvent e where e.clientId = :clientId order by e.id")
  List<AuditEvent> findByClientIdOrderByIdAsc(Long clientId);

  long count();
}
