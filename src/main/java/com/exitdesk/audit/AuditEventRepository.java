package com.exitdesk.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: the record is never edited. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

  AuditEvent save(AuditEvent event);

  List<AuditEvent> findByCaseIdOrderByIdAsc(Long caseId);

  List<AuditEvent> findByClientIdOrderByIdAsc(Long clientId);

  long count();
}
