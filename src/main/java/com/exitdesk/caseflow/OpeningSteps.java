package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.Contract;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps that open a case do to it: the evidence, the assessment and the contract review
 * that decides between a repair and an exit. Each runs in one transaction and, through the {@link
 * StepLedger}, applies its side effects once even when its job is redelivered; the variables it
 * returns are the same either way. The jobs reach them through {@link OpeningWorkers}.
 */
@Service
class OpeningSteps {

  private final CaseLookup lookup;
  private final StepLedger ledger;
  private final EvidenceCollector evidence;
  private final ClientService clients;
  private final AuditTrail audit;
  private final Clock clock;

  OpeningSteps(
      CaseLookup lookup,
      StepLedger ledger,
      EvidenceCollector evidence,
      ClientService clients,
      AuditTrail audit,
      Clock clock) {
    this.lookup = lookup;
    this.ledger = ledger;
    this.evidence = evidence;
    this.clients = clients;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Map<String, Object> collectEvidence(Step step, Long reportedIncidentId) {
    RelationshipCase c = lookup.caseOf(step);
    Evidence found = evidence.collect(c, reportedIncidentId);
    c.evidence(found.strikes(), found.marginPercent(), found.monthsToContractEnd());
    c.moveTo(CasePhase.ASSESSMENT);
    ledger.once(step, c, () -> auditEvidence(c, found));
    Map<String, Object> variables = found.asVariables();
    variables.putAll(reviewSuggestions(lookup.clientOf(c)));
    return variables;
  }

  private void auditEvidence(RelationshipCase c, Evidence found) {
    audit.record(
        c.getClientId(),
        c.getId(),
        AuditTrail.SYSTEM,
        AuditType.EVIDENCE_COLLECTED,
        ("%d strikes (%d financial, %d ethical)%s; margin %s; %s; %d deliverables owed; %d failed"
                + " repairs; last contact %s; %d contacts on the primary channel, %d on others;"
                + " %d agreements")
            .formatted(
                found.strikes(),
                found.financialStrikes(),
                found.ethicalStrikes(),
                found.abuseReported() ? ", abuse reported" : "",
                found.marginPercent() == null
                    ? "unknown (no ledger)"
                    : found.marginPercent() + " %",
                found.monthsToContractEnd() == null
                    ? "no contract"
                    : found.monthsToContractEnd() + " months to contract end",
                found.openDeliverables(),
                found.failedRepairs(),
                found.contact().daysSinceLastContact() == null
                    ? "none on record"
                    : found.contact().daysSinceLastContact() + " days ago",
                found.contact().onPrimaryChannel(),
                found.contact().onOtherChannels(),
                found.contact().agreementsMade()),
        AuditTrail.details(
            "strikes", found.strikes(),
            "financialStrikes", found.financialStrikes(),
            "ethicalStrikes", found.ethicalStrikes(),
            "abuseReported", found.abuseReported(),
            "marginPercent", found.marginPercent(),
            "monthsToContractEnd", found.monthsToContractEnd(),
            "openDeliverables", found.openDeliverables(),
            "failedRepairs", found.failedRepairs(),
            "daysSinceLastContact", found.contact().daysSinceLastContact(),
            "contactsOnPrimaryChannel", found.contact().onPrimaryChannel(),
            "contactsOnOtherChannels", found.contact().onOtherChannels(),
            "agreementsMade", found.contact().agreementsMade()));
  }

  /**
   * What the contract review's form starts from: the client's language (every field whose text
   * reaches the client says which it is) and the contract's own terms, the exit at the end of the
   * current term. Fields named like the form's are pre-filled by it.
   */
  private Map<String, Object> reviewSuggestions(Client client) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("clientLanguage", client.getLocale());
    variables.put(
        "clientLanguageName",
        Locale.forLanguageTag(client.getLocale()).getDisplayLanguage(Locale.ENGLISH));
    clients
        .contractOf(client.getId())
        .ifPresent(
            contract -> {
              variables.put("contractStartDate", contract.getStartDate().toString());
              variables.put("contractEndDate", contract.getEndDate().toString());
              variables.put("contractNoticePeriodDays", contract.getNoticePeriodDays());
              variables.put("contractEarlyTerminationFee", contract.getEarlyTerminationFee());
              variables.put("contractMonthlyFee", contract.getMonthlyFee());
              variables.put("currency", contract.getCurrency());
              variables.put("exitDate", suggestedExitDate(contract).toString());
              variables.put("noticePeriodDays", contract.getNoticePeriodDays());
              variables.put("earlyTerminationFee", contract.getEarlyTerminationFee());
              if (contract.getTerminationClause() != null) {
                variables.put("terminationClause", contract.getTerminationClause());
              }
            });
    return variables;
  }

  /**
   * The end of the current term when the notice period still fits before it; otherwise the first
   * day the notice allows, since a term that ends sooner cannot be kept without an agreement.
   */
  private LocalDate suggestedExitDate(Contract contract) {
    LocalDate earliest =
        LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(contract.getNoticePeriodDays());
    return contract.getEndDate().isBefore(earliest) ? earliest : contract.getEndDate();
  }

  @Transactional
  public void recordAssessment(
      Step step, Recommendation recommendation, String rationale, String matchedRule) {
    RelationshipCase c = lookup.caseOf(step);
    c.recommend(recommendation, rationale, matchedRule);
    if (recommendation != Recommendation.MONITOR) {
      c.moveTo(CasePhase.CONTRACT_REVIEW);
    }
    ledger.once(
        step,
        c,
        () ->
            audit.record(
                c.getClientId(),
                c.getId(),
                AuditTrail.SYSTEM,
                AuditType.RECOMMENDATION_MADE,
                recommendation + ": " + rationale,
                AuditTrail.details(
                    "recommendation",
                    recommendation,
                    "rationale",
                    rationale,
                    "rule",
                    matchedRule)));
  }

  @Transactional
  public Map<String, Object> recordContractReview(
      Step step, ContractReview review, Recommendation recommendation) {
    RelationshipCase c = lookup.caseOf(step);
    ReviewDecision decision =
        recommendation == Recommendation.FAST_EXIT ? ReviewDecision.EXIT : review.decision();
    c.review(review.withDecision(decision));
    c.moveTo(
        decision == ReviewDecision.REPAIR ? CasePhase.DRAFTING_TERMS : CasePhase.AWAITING_APPROVAL);
    ledger.once(step, c, () -> auditReview(c, review, decision));
    Map<String, Object> variables = new HashMap<>();
    variables.put("reviewDecision", ReviewDecision.nameOf(decision));
    variables.put("exitAt", review.exitDate().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    variables.put("deliverablesOwed", deliverablesOwed(c));
    // A new review starts a new attempt: the approval no longer follows a failed repair.
    variables.put("repairOutcome", null);
    return variables;
  }

  private void auditReview(RelationshipCase c, ContractReview review, ReviewDecision decision) {
    audit.record(
        c.getClientId(),
        c.getId(),
        review.reviewedBy(),
        AuditType.CONTRACT_REVIEWED,
        "Decision %s, exit date %s, notice %d days, %s fee %s, refund %s%s: %s"
            .formatted(
                decision,
                review.exitDate(),
                review.noticePeriodDays(),
                review.earlyTerminationAgreed()
                    ? "early termination agreed,"
                    : "no early termination,",
                review.earlyTerminationFee(),
                review.refundAmount(),
                review.canTerminateLegally() ? "" : " (the contract does not allow ending it)",
                review.justification()),
        AuditTrail.details(
            "decision", decision,
            "exitDate", review.exitDate(),
            "noticePeriodDays", review.noticePeriodDays(),
            "earlyTerminationFee", review.earlyTerminationFee(),
            "refundAmount", review.refundAmount(),
            "canTerminateLegally", review.canTerminateLegally(),
            "justification", review.justification()));
  }

  /** The deliverables still owed, for the exit's task list. */
  private List<Map<String, Object>> deliverablesOwed(RelationshipCase c) {
    return clients.openDeliverablesOf(c.getClientId()).stream()
        .map(
            d -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("id", d.getId());
              item.put("title", d.getTitle());
              item.put("dueDate", d.getDueDate().toString());
              return item;
            })
        .toList();
  }
}
