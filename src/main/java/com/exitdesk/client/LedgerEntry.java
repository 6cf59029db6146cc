package com.exitdesk.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** What one month of the relationship earned and cost, to judge profitability objectively. */
@Entity
@Table(name = "ledger_entries")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  /** ISO year-month, {@code 2026-10}: sorts and compares as text. */
  @Column(name = "ledger_month", nullable = false)
  private String month;

  @Column(nullable = false)
  private BigDecimal revenue;

  @Column(nullable = false)
  private BigDecimal cost;

  @Column(nullable = false)
  private BigDecimal hours;

  protected LedgerEntry() {}

  public LedgerEntry(
      Long clientId, String month, BigDecimal revenue, BigDecimal cost, BigDecimal hours) {
    this.clientId = clientId;
    this.month = month;
    this.revenue = revenue;
    this.cost = cost;
    this.hours = hours;
  }

  /** New figures for the month; the caller records the old ones and the reason. */
  public void correct(BigDecimal revenue, BigDecimal cost, BigDecimal hours) {
    this.revenue = revenue;
    this.cost = cost;
    this.hours = hours;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getMonth() {
    return month;
  }

  public BigDecimal getRevenue() {
    return revenue;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public BigDecimal getHours() {
    return hours;
  }
}
