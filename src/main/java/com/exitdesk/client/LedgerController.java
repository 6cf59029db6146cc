package com.exitdesk.client;

import static com.exitdesk.client.ClientController.SINGLE_LINE;

import com.exitdesk.shared.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A client's ledger months: recorded once, corrected with a reason. */
@RestController
@RequestMapping("/api/clients/{id}/ledger")
class LedgerController {

  private final ClientLedger ledger;

  LedgerController(ClientLedger ledger) {
    this.ledger = ledger;
  }

  /** Corrects a ledger month's figures, with the reason; the old figures stay on record. */
  @PutMapping("/{month}")
  LedgerView correctLedgerEntry(
      @PathVariable long id,
      @PathVariable String month,
      @Valid @RequestBody LedgerCorrection request,
      CurrentUser user) {
    return LedgerView.of(
        ledger.correctLedgerEntry(
            id,
            month,
            request.revenue(),
            request.cost(),
            request.hours(),
            request.reason().strip(),
            user.name()));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  LedgerView addLedgerEntry(
      @PathVariable long id, @Valid @RequestBody NewLedgerEntry request, CurrentUser user) {
    return LedgerView.of(
        ledger.addLedgerEntry(
            id, request.month(), request.revenue(), request.cost(), request.hours(), user.name()));
  }

  record NewLedgerEntry(
      @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM")
          String month,
      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal revenue,
      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal cost,
      @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal hours) {}

  /**
   * @param reason why the figures were wrong, kept on the client's record with the old figures
   */
  record LedgerCorrection(
      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal revenue,
      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal cost,
      @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal hours,
      @NotBlank @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String reason) {}

  record LedgerView(String month, BigDecimal revenue, BigDecimal cost, BigDecimal hours) {

    static LedgerView of(LedgerEntry e) {
      return new LedgerView(e.getMonth(), e.getRevenue(), e.getCost(), e.getHours());
    }
  }
}
