package com.exitdesk.caseflow;

import com.exitdesk.client.Contract;
import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What collecting the evidence hands the process: the facts the decision weighs, as one variable
 * ({@code evidence}, read by path: {@code evidence.strikes}), and what the contract review's form
 * starts from.
 *
 * <p>The facts travel as one object rather than a variable each: the engine keeps every variable of
 * a case as an entry of its state, and its steps cost more the more entries it holds
 * (docs/benchmark-findings.md, finding 23).
 */
record EvidenceFound(Evidence evidence, @JsonUnwrapped ReviewSuggestions suggestions)
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
   * The contract on file (one variable, {@code contract}), and the exit it suggests (the form's
   * fields {@code exitDate}, {@code noticePeriodDays} and {@code earlyTerminationFee}).
   *
   * @param terminationClause left out when the contract has none, so the review's earlier text
   *     stays
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContractTerms(
      ContractOnFile contract,
      String exitDate,
      int noticePeriodDays,
      BigDecimal earlyTerminationFee,
      @JsonInclude(JsonInclude.Include.NON_NULL) String terminationClause) {

    static ContractTerms of(Contract contract, LocalDate suggestedExit) {
      return new ContractTerms(
          new ContractOnFile(
              contract.getStartDate().toString(),
              contract.getEndDate().toString(),
              contract.getNoticePeriodDays(),
              contract.getEarlyTerminationFee(),
              contract.getMonthlyFee(),
              contract.getCurrency()),
          suggestedExit.toString(),
          contract.getNoticePeriodDays(),
          contract.getEarlyTerminationFee(),
          contract.getTerminationClause());
    }
  }

  /** The contract's terms the review and approval forms show beside their fields. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContractOnFile(
      String startDate,
      String endDate,
      int noticePeriodDays,
      BigDecimal earlyTerminationFee,
      BigDecimal monthlyFee,
      String currency) {}
}
