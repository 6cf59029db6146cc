package com.exitdesk.client;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client earns us and costs us, month by month, and the profitability judged from the recent
 * months. A correction keeps the figures it replaced, with its reason, on the client's record.
 */
@Service
public class ClientLedger {

  private final ClientService clients;
  private final LedgerEntryRepository ledger;
  private final AuditTrail audit;
  private final int ledgerMonths;
  private final Clock clock;

  ClientLedger(
      ClientService clients,
      LedgerEntryRepository ledger,
      AuditTrail audit,
      ProfitabilityProperties profitability,
      Clock clock) {
    this.clients = clients;
    this.ledger = ledger;
    this.audit = audit;
    this.ledgerMonths = profitability.ledgerMonths();
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<LedgerEntry> ledgerOf(long clientId) {
    return ledger.findByClientIdOrderByMonthAsc(clientId);
  }

  /**
   * Corrects a month's figures. Profitability decides whether a client is worth keeping, so the
   * figures the month had and the reason stay on the client's record.
   */
  @Transactional
  public LedgerEntry correctLedgerEntry(
      long clientId,
      String month,
      BigDecimal revenue,
      BigDecimal cost,
      BigDecimal hours,
      String reason,
      String actor) {
    clients.active(clientId);
    ledgerMonth(month);
    LedgerEntry entry =
        ledger
            .findByClientIdAndMonth(clientId, month)
            .orElseThrow(() -> new NotFoundException("Ledger month", month));
    BigDecimal previousRevenue = entry.getRevenue();
    BigDecimal previousCost = entry.getCost();
    BigDecimal previousHours = entry.getHours();
    if (previousRevenue.compareTo(revenue) == 0
        && previousCost.compareTo(cost) == 0
        && previousHours.compareTo(hours) == 0) {
      return entry;
    }
    entry.correct(revenue, cost, hours);
    audit.record(
        clientId,
        null,
        actor,
        AuditType.LEDGER_CORRECTED,
        month
            + " corrected from revenue "
            + previousRevenue
            + ", cost "
            + previousCost
            + ", "
            + previousHours
            + " h to revenue "
            + revenue
            + ", cost "
            + cost
            + ", "
            + hours
            + " h: "
            + reason,
        AuditTrail.details(
            "month", month,
            "revenue", revenue,
            "cost", cost,
            "hours", hours,
            "previousRevenue", previousRevenue,
            "previousCost", previousCost,
            "previousHours", previousHours,
            "reason", reason));
    return entry;
  }

  /**
   * A ledger month from 1900 up to the current one: a month still to come has earned nothing yet.
   */
  private YearMonth ledgerMonth(String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("month", "must be a month as YYYY-MM");
    }
    if (parsed.isBefore(YearMonth.of(1900, 1))) {
      throw new InvalidInputException("month", "must be at least 1900-01");
    }
    if (parsed.isAfter(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
      throw new InvalidInputException("month", "must not be in the future");
    }
    return parsed;
  }

  @Transactional
  public LedgerEntry addLedgerEntry(
      long clientId,
      String month,
      BigDecimal revenue,
      BigDecimal cost,
      BigDecimal hours,
      String actor) {
    clients.active(clientId);
    ledgerMonth(month);
    if (ledger.existsByClientIdAndMonth(clientId, month)) {
      throw new ConflictException(
          "ledger-month-recorded", "The ledger already has " + month + " for client " + clientId);
    }
    LedgerEntry entry = ledger.save(new LedgerEntry(clientId, month, revenue, cost, hours));
    audit.record(
        clientId,
        null,
        actor,
        AuditType.LEDGER_RECORDED,
        month + ": revenue " + revenue + ", cost " + cost + ", " + hours + " h",
        AuditTrail.details("month", month, "revenue", revenue, "cost", cost, "hours", hours));
    return entry;
  }

  /** Revenue against the cost of time and resources over the recent months. */
  @Transactional(readOnly = true)
  public Profitability profitabilityOf(long clientId) {
    String from =
        YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(ledgerMonths).toString();
    List<LedgerEntry> recent =
        ledger.findByClientIdAndMonthGreaterThanEqualOrderByMonthAsc(clientId, from);
    BigDecimal revenue =
        recent.stream().map(LedgerEntry::getRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cost =
        recent.stream().map(LedgerEntry::getCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal hours =
        recent.stream().map(LedgerEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Profitability(
        revenue, cost, hours, recent.isEmpty() ? null : marginPercent(revenue, cost));
  }

  /** Profit over revenue, in percent; an account with costs and no revenue loses everything. */
  public static BigDecimal marginPercent(BigDecimal revenue, BigDecimal cost) {
    if (revenue.signum() == 0) {
      return cost.signum() > 0 ? BigDecimal.valueOf(-100) : BigDecimal.ZERO;
    }
    return revenue
        .subtract(cost)
        .multiply(BigDecimal.valueOf(100))
        .divide(revenue, 1, java.math.RoundingMode.HALF_UP);
  }

  public record Profitability(
      BigDecimal revenue, BigDecimal cost, BigDecimal hours, BigDecimal marginPercent) {}
}
