package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * What the latest assessment of a case weighed and what it recommended. A reassessment replaces the
 * evidence first; the recommendation follows once the decision table has spoken.
 *
 * @param marginPercent profit over revenue in the recent months; null without ledger entries
 * @param monthsToContractEnd whole months left; null without a contract
 * @param matchedRule the decision table's rule that gave the recommendation; null on cases assessed
 *     before the table named its rules
 */
@Embeddable
public record Assessment(
    Integer strikes,
    @Column(name = "margin_percent") BigDecimal marginPercent,
    @Column(name = "months_to_contract_end") Integer monthsToContractEnd,
    @Enumerated(EnumType.STRING) Recommendation recommendation,
    String rationale,
    @Column(name = "matched_rule") String matchedRule) {

  /** Not assessed yet. */
  static final Assessment NONE = new Assessment(null, null, null, null, null, null);

  Assessment withEvidence(Integer strikes, BigDecimal marginPercent, Integer monthsToContractEnd) {
    return new Assessment(
        strikes, marginPercent, monthsToContractEnd, recommendation, rationale, matchedRule);
  }

  Assessment recommending(Recommendation recommendation, String rationale, String matchedRule) {
    return new Assessment(
        strikes, marginPercent, monthsToContractEnd, recommendation, rationale, matchedRule);
  }
}
