package com.exitdesk.caseflow;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts the assess_relationship decision weighs.
 *
 * @param marginPercent profit over revenue in the recent months; null without ledger entries
 * @param monthsToContractEnd whole months left; null without a contract
 * @param contact what the interaction log says about keeping in touch
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
    int failedRepairs,
    Contact contact) {

  /**
   * What the client's history says, in the strike window. A contact is an interaction the client
   * took part in: anything but a note or an email we sent.
   *
   * @param daysSinceLastContact days since the last contact; null when none is on record
   * @param onPrimaryChannel contacts on the client's primary channel
   * @param onOtherChannels contacts on any other channel
   * @param agreementsMade interactions in which something was agreed
   */
  record Contact(
      Integer daysSinceLastContact, int onPrimaryChannel, int onOtherChannels, int agreementsMade) {

    /** Nothing on record. */
    static final Contact NONE = new Contact(null, 0, 0, 0);
  }

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
    variables.put("daysSinceLastContact", contact.daysSinceLastContact());
    variables.put("contactsOnPrimaryChannel", contact.onPrimaryChannel());
    variables.put("contactsOnOtherChannels", contact.onOtherChannels());
    variables.put("agreementsMade", contact.agreementsMade());
    return variables;
  }
}
