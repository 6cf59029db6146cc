package com.exitdesk.client;

import com.exitdesk.shared.CurrentUser;
import com.exitdesk.web.SaneDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What was agreed with a client: one contract, its terms set and changed as a whole. */
@RestController
@RequestMapping("/api/clients/{id}/contract")
class ContractController {

  private final ClientService clients;

  ContractController(ClientService clients) {
    this.clients = clients;
  }

  @PutMapping
  ContractView putContract(
      @PathVariable long id, @Valid @RequestBody ContractRequest request, CurrentUser user) {
    return ContractView.of(
        clients.putContract(
            id,
            new ClientService.ContractTerms(
                request.startDate(),
                request.endDate(),
                request.monthlyFee(),
                request.currency(),
                request.noticePeriodDays(),
                request.earlyTerminationFee(),
                request.terminationClause() == null ? null : request.terminationClause().strip(),
                request.scope() == null ? null : request.scope().strip()),
            user.name()));
  }

  record ContractRequest(
      @NotNull @SaneDate LocalDate startDate,
      @NotNull @SaneDate LocalDate endDate,
      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal monthlyFee,
      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
          String currency,
      @Min(0) @Max(365) int noticePeriodDays,
      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal earlyTerminationFee,
      @Size(max = 2000) String terminationClause,
      @Size(max = 4000) String scope) {}

  record ContractView(
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal monthlyFee,
      String currency,
      int noticePeriodDays,
      BigDecimal earlyTerminationFee,
      String terminationClause,
      String scope,
      String boundaries,
      String communicationChannel,
      String checkInCadence,
      Instant renegotiatedAt) {

    static ContractView of(Contract c) {
      return new ContractView(
          c.getStartDate(),
          c.getEndDate(),
          c.getMonthlyFee(),
          c.getCurrency(),
          c.getNoticePeriodDays(),
          c.getEarlyTerminationFee(),
          c.getTerminationClause(),
          c.getScope(),
          c.getBoundaries(),
          c.getCommunicationChannel(),
          c.getCheckInCadence(),
          c.getRenegotiatedAt());
    }
  }
}
