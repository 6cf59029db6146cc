package com.exitdesk.caseflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;

/**
 * The facts the assess_relationship decision weighs, as the fields of the {@code evidence} variable
 * it reads them from ({@code evidence.strikes}; the contact's facts among them). The unknown
 * figures travel as null, which the decision table treats as unknown, and which overwrites what an
 * earlier assessment of the case knew.
 *
 * @param marginPercent profit over revenue in the recent months; null without ledger entries
 * @param monthsToContractEnd whole months left; null without a contract
 * @param contact what the interaction log says about keeping in touch
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Evidence(
    int strikes,
    int financialStrikes,
    int ethicalStrikes,
    boolean abuseReported,
    BigDecimal revenue,
    BigDecimal cost,
    BigDecimal hoursSpent,
    BigDecimal marginPercent,
    Integer monthsToContractEnd,
    int openDeliverables,
    int failedRepairs,
    @JsonUnwrapped Contact contact) {

  /**
   * What the client's history says, in the strike window. A contact is an interaction the client
   * took part in: anything but a note or an email we sent.
   *
   * @param daysSinceLastContact days since the last contact; null when none is on record
   * @param contactsOnPrimaryChannel contacts on the client's primary channel
   * @param contactsOnOtherChannels contacts on any other channel
   * @param agreementsMade interactions in which something was agreed
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Contact(
      Integer daysSinceLastContact,
      int contactsOnPrimaryChannel,
      int contactsOnOtherChannels,
      int agreementsMade) {

    /** Nothing on record. */
    static final Contact NONE = new Contact(null, 0, 0, 0);
  }
}
