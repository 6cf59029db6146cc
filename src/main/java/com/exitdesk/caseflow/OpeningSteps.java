package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.EvidenceFound.ContractTerms;
import com.exitdesk.caseflow.EvidenceFound.ReviewSuggestions;
import com.exitdesk.caseflow.ReviewOutcome.DeliverableOwed;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.Contract;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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
  public EvidenceFound collectEvidence(Step step, Long reportedIncidentId) {
    RelationshipCase c = lookup.caseOf(step);
    Evidence found = evidence.collect(c, reportedIncidentId);
    c.evidence(found.strikes(), found.marginPercent(), found.monthsToContractEnd());
    c.moveTo(CasePhase.ASSESSMENT);
    ledger.once(step, c, () -> auditEvidence(c, found));
    return new EvidenceFound(found, reviewSuggestions(lookup.clientOf(c)));
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
                found.contact().contactsOnPrimaryChannel(),
                found.contact().contactsOnOtherChannels(),
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
            "contactsOnPrimaryChannel", found.contact().contactsOnPrimaryChannel(),
            "contactsOnOtherChannels", found.contact().contactsOnOtherChannels(),
            "agreementsMade", found.contact().agreementsMade()));
  }

  private ReviewSuggestions reviewSuggestions(Client client) {
    return new ReviewSuggestions(
        client.getLocale(),
        Locale.forLanguageTag(client.getLocale()).getDisplayLanguage(Locale.ENGLISH),
        clients
            .contractOf(client.getId())
            .map(contract -> ContractTerms.of(contract, suggestedExitDate(contract)))
            .orElse(null));
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
  public ReviewOutcome recordContractReview(
      Step step, ContractReview review, Recommendation recommendation) {
    RelationshipCase c = lookup.caseOf(step);
    ReviewDecision decision =
        recommendation == Recommendation.FAST_EXIT ? ReviewDecision.EXIT : review.decision();
    c.review(review.withDecision(decision));
    c.moveTo(
        decision == ReviewDecision.REPAIR ? CasePhase.DRAFTING_TERMS : CasePhase.AWAITING_APPROVAL);
    ledger.once(step, c, () -> auditReview(c, review, decision));
    return ReviewOutcome.of(decision, review.exitDate(), deliverablesOwed(c));
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
  private List<DeliverableOwed> deliverablesOwed(RelationshipCase c) {
    return clients.openDeliverablesOf(c.getClientId()).stream()
        .map(d -> new DeliverableOwed(d.getId(), d.getTitle(), d.getDueDate().toString()))
        .toList();
  }
}
