package com.exitdesk.caseflow;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts the assess_relationship decision weighs.
 *
 * @param marginPercent profit over revenue in the recent months; null without ledger entries
 * @param monthsToContractEnd whole months left; null without a contract
 */
record Evidence(
    int strikes,
    int financialStrikes,
    int ethicalStrikes,
    boolean abuseReported,
    BigDecimal revenue,
    BigDecimal cost,
    BigDecimal hours,
    BigDecimal marginPercent,
    Integer monthsToContractEnd,
    int openDeliverables,
    int failedRepairs) {

  Map<String, Object> asVariables() {
    // HashMap: the unknown figures travel as null, which the decision table treats as unknown.
    Map<String, Object> variables = new HashMap<>();
    variables.put("strikes", strikes);
    variables.put("financialStrikes", financialStrikes);
    variables.put("ethicalStrikes", ethicalStrikes);
    variables.put("abuseReported", abuseReported);
    variables.put("revenue", revenue);
    variables.put("cost", cost);
    variables.put("hoursSpent", hours);
    variables.put("marginPercent", marginPercent);
    variables.put("monthsToContractEnd", monthsToContractEnd);
    variables.put("openDeliverables", openDeliverables);
    variables.put("failedRepairs", failedRepairs);
    return variables;
  }
}
