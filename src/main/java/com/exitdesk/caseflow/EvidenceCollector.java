package com.exitdesk.caseflow;

import com.exitdesk.client.ClientService;
import com.exitdesk.client.ContractRepository;
import com.exitdesk.client.DeliverableRepository;
import com.exitdesk.client.DeliverableStatus;
import com.exitdesk.incident.Incident;
import com.exitdesk.incident.IncidentArea;
import com.exitdesk.incident.IncidentRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers the objective picture of a client: strikes, profitability, contract, work owed. */
@Component
class EvidenceCollector {

  private final IncidentRepository incidents;
  private final ClientService clients;
  private final ContractRepository contracts;
  private final DeliverableRepository deliverables;
  private final CaseRepository cases;
  private final Clock clock;

  EvidenceCollector(
      IncidentRepository incidents,
      ClientService clients,
      ContractRepository contracts,
      DeliverableRepository deliverables,
      CaseRepository cases,
      Clock clock) {
    this.incidents = incidents;
    this.clients = clients;
    this.contracts = contracts;
    this.deliverables = deliverables;
    this.cases = cases;
    this.clock = clock;
  }

  /**
   * @param reportedIncidentId the incident whose report sent the case back here, if any: the report
   *     reaches the engine just before its transaction commits, so the evidence must not be counted
   *     without it. Until it is visible the collection fails, and the job is retried.
   */
  Evidence collect(RelationshipCase relationshipCase, Long reportedIncidentId) {
    long clientId = relationshipCase.getClientId();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

    List<Incident> strikes =
        incidents.findByCaseIdOrderByOccurredOnAscIdAsc(relationshipCase.getId());
    if (reportedIncidentId != null
        && strikes.stream().noneMatch(i -> i.getId().equals(reportedIncidentId))) {
      throw new IllegalStateException(
          "Incident "
              + reportedIncidentId
              + " was reported to case "
              + relationshipCase.getId()
              + " but is not stored yet");
    }
    int financial =
        (int) strikes.stream().filter(i -> i.getArea() == IncidentArea.FINANCIAL).count();
    boolean abuse = strikes.stream().anyMatch(i -> i.getSign().isAbuse());

    ClientService.Profitability profit = clients.profitabilityOf(clientId);

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
        profit.revenue(),
        profit.cost(),
        profit.hours(),
        profit.marginPercent(),
        monthsToEnd,
        owed,
        failedRepairs);
  }
}
