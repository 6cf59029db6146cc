package com.exitdesk.writing;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.CaseService;
import com.exitdesk.caseflow.RelationshipCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I have re-read this": a person's word, on the case's timeline, that they read again a text the
 * tone rules flagged before it went on to the client. It never blocks anything; it is the record
 * that someone looked.
 */
@Service
class RereadConfirmations {

  private final CaseService cases;
  private final AuditTrail audit;

  RereadConfirmations(CaseService cases, AuditTrail audit) {
    this.cases = cases;
    this.audit = audit;
  }

  @Transactional
  AuditEvent confirm(long caseId, String field, int toneFindings, String actor) {
    RelationshipCase c = cases.find(caseId);
    return audit.record(
        c.getClientId(),
        c.getId(),
        actor,
        AuditType.WRITING_REREAD,
        actor
            + " re-read the "
            + field
            + " after the writing check flagged its tone ("
            + toneFindings
            + (toneFindings == 1 ? " finding)" : " findings)"),
        AuditTrail.details("field", field, "toneFindings", toneFindings));
  }
}
