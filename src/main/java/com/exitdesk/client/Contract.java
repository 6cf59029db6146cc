package com.exitdesk.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The agreement with a client. Renegotiated terms replace the scope, boundaries and fee. */
@Entity
@Table(name = "contracts")
public class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, unique = true)
  private Long clientId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "monthly_fee", nullable = false)
  private BigDecimal monthlyFee;

  @Column(nullable = false)
  private String currency;

  @Column(name = "notice_period_days", nullable = false)
  private int noticePeriodDays;

  @Column(name = "early_termination_fee", nullable = false)
  private BigDecimal earlyTerminationFee;

  @Column(name = "termination_clause")
  private String terminationClause;

  private String scope;

  private String boundaries;

  @Column(name = "communication_channel")
  private String communicationChannel;

  @Column(name = "check_in_cadence")
  private String checkInCadence;

  @Column(name = "renegotiated_at")
  private Instant renegotiatedAt;

  @Version private long version;

  protected Contract() {}

  public Contract(Long clientId) {
    this.clientId = clientId;
  }

  public void setTerms(
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal monthlyFee,
      String currency,
      int noticePeriodDays,
      BigDecimal earlyTerminationFee,
      String terminationClause,
      String scope) {
    this.startDate = startDate;
    this.endDate = endDate;
    this.monthlyFee = monthlyFee;
    this.currency = currency;
    this.noticePeriodDays = noticePeriodDays;
    this.earlyTerminationFee = earlyTerminationFee;
    this.terminationClause = terminationClause;
    this.scope = scope;
  }

  public void renegotiate(
      String scope,
      String boundaries,
      String communicationChannel,
      String checkInCadence,
      BigDecimal monthlyFee,
      Instant at) {
    this.scope = scope;
    this.boundaries = boundaries;
    this.communicationChannel = communicationChannel;
    this.checkInCadence = checkInCadence;
    this.monthlyFee = monthlyFee;
    this.renegotiatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public BigDecimal getMonthlyFee() {
    return monthlyFee;
  }

  public String getCurrency() {
    return currency;
  }

  public int getNoticePeriodDays() {
    return noticePeriodDays;
  }

  public BigDecimal getEarlyTerminationFee() {
    return earlyTerminationFee;
  }

  public String getTerminationClause() {
    return terminationClause;
  }

  public String getScope() {
    return scope;
  }

  public String getBoundaries() {
    return boundaries;
  }

  public String getCommunicationChannel() {
    return communicationChannel;
  }

  public String getCheckInCadence() {
    return checkInCadence;
  }

  public Instant getRenegotiatedAt() {
    return renegotiatedAt;
  }
}
