package com.exitdesk.caseflow;

import com.exitdesk.client.ClientService;
import com.exitdesk.client.ContractRepository;
import com.exitdesk.client.DeliverableRepository;
import com.exitdesk.client.DeliverableStatus;
import com.exitdesk.client.LedgerEntry;
import com.exitdesk.client.LedgerEntryRepository;
import com.exitdesk.incident.Incident;
import com.exitdesk.incident.IncidentArea;
import com.exitdesk.incident.IncidentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers the objective picture of a client: strikes, profitability, contract, work owed. */
@Component
class EvidenceCollector {

  private final IncidentRepository incidents;
  private final LedgerEntryRepository ledger;
  private final ContractRepository contracts;
  private final DeliverableRepository deliverables;
  private final CaseRepository cases;
  private final EvidenceProperties properties;
  private final Clock clock;

  EvidenceCollector(
      IncidentRepository incidents,
      LedgerEntryRepository ledger,
      ContractRepository contracts,
      DeliverableRepository deliverables,
      CaseRepository cases,
      EvidenceProperties properties,
      Clock clock) {
    this.incidents = incidents;
    this.ledger = ledger;
    this.contracts = contracts;
    this.deliverables = deliverables;
    this.cases = cases;
    this.properties = properties;
    this.clock = clock;
  }

  Evidence collect(RelationshipCase relationshipCase) {
    long clientId = relationshipCase.getClientId();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

    List<Incident> strikes =
        incidents.findByCaseIdOrderByOccurredOnAscIdAsc(relationshipCase.getId());
    int financial =
        (int) strikes.stream().filter(i -> i.getArea() == IncidentArea.FINANCIAL).count();
    boolean abuse = strikes.stream().anyMatch(i -> i.getSign().isAbuse());

    String fromMonth = YearMonth.from(today).minusMonths(properties.ledgerMonths()).toString();
    List<LedgerEntry> recent =
        ledger.findByClientIdAndMonthGreaterThanEqualOrderByMonthAsc(clientId, fromMonth);
    BigDecimal revenue = sum(recent.stream().map(LedgerEntry::getRevenue).toList());
    BigDecimal cost = sum(recent.stream().map(LedgerEntry::getCost).toList());
    BigDecimal hours = sum(recent.stream().map(LedgerEntry::getHours).toList());
    BigDecimal margin = recent.isEmpty() ? null : ClientService.marginPercent(revenue, cost);

    Integer monthsToEnd =
        contracts
            .findByClientId(clientId)
            .map(c -> (int) Math.max(0, ChronoUnit.MONTHS.between(today, c.getEndDate())))
            .orElse(null);

    int owed =
        deliverables
            .findByClientIdAndStatusOrderByDueDateAscIdAsc(clientId, DeliverableStatus.OPEN)
            .size();
    int failedRepairs =
        cases.findByClientIdOrderByIdAsc(clientId).stream()
            .mapToInt(RelationshipCase::getFailedRepairs)
            .sum();

    return new Evidence(
        strikes.size(),
        financial,
        strikes.size() - financial,
        abuse,
        revenue,
        cost,
        hours,
        margin,
        monthsToEnd,
        owed,
        failedRepairs);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
