package com.exitdesk.caseflow;

import com.exitdesk.client.Contract;
import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What collecting the evidence hands the process: the facts the decision weighs, and what the
 * contract review's form starts from.
 */
record EvidenceFound(@JsonUnwrapped Evidence evidence, @JsonUnwrapped ReviewSuggestions suggestions)
    implements ProcessVariables {

  /**
   * What the contract review's form starts from: the client's language (every field whose text
   * reaches the client says which it is) and the contract's terms. Fields named like the form's are
   * pre-filled by it.
   *
   * @param contract null when the client has no contract on file: its variables are left as they
   *     were
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ReviewSuggestions(
      String clientLanguage, String clientLanguageName, @JsonUnwrapped ContractTerms contract) {}

  /**
   * The contract on file, and the exit it suggests (the form's fields {@code exitDate}, {@code
   * noticePeriodDays} and {@code earlyTerminationFee}).
   *
   * @param terminationClause left out when the contract has none, so the review's earlier text
   *     stays
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContractTerms(
      String contractStartDate,
      String contractEndDate,
      int contractNoticePeriodDays,
      BigDecimal contractEarlyTerminationFee,
      BigDecimal contractMonthlyFee,
      String currency,
      String exitDate,
      int noticePeriodDays,
      BigDecimal earlyTerminationFee,
      @JsonInclude(JsonInclude.Include.NON_NULL) String terminationClause) {

    static ContractTerms of(Contract contract, LocalDate suggestedExit) {
      return new ContractTerms(
          contract.getStartDate().toString(),
          contract.getEndDate().toString(),
          contract.getNoticePeriodDays(),
          contract.getEarlyTerminationFee(),
          contract.getMonthlyFee(),
          contract.getCurrency(),
          suggestedExit.toString(),
          contract.getNoticePeriodDays(),
          contract.getEarlyTerminationFee(),
          contract.getTerminationClause());
    }
  }
}
