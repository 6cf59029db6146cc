package com.exitdesk.caseflow;

import com.exitdesk.client.ClientLedger;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.incident.CaseIncidents;
import com.exitdesk.incident.Incident;
import com.exitdesk.incident.IncidentArea;
import com.exitdesk.incident.StrikePolicies;
import com.exitdesk.interaction.Interaction;
import com.exitdesk.interaction.InteractionKind;
import com.exitdesk.interaction.InteractionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Gathers the objective picture of a client: strikes, profitability, contract, work owed. */
@Component
class EvidenceCollector {

  private final CaseIncidents incidents;
  private final ClientService clients;
  private final ClientLedger ledger;
  private final CaseRepository cases;
  private final InteractionService interactions;
  private final StrikePolicies strikePolicies;
  private final Clock clock;

  EvidenceCollector(
      CaseIncidents incidents,
      ClientService clients,
      ClientLedger ledger,
      CaseRepository cases,
      InteractionService interactions,
      StrikePolicies strikePolicies,
      Clock clock) {
    this.incidents = incidents;
    this.clients = clients;
    this.ledger = ledger;
    this.cases = cases;
    this.interactions = interactions;
    this.strikePolicies = strikePolicies;
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

    List<Incident> strikes = incidents.of(relationshipCase.getId());
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

    ClientLedger.Profitability profit = ledger.profitabilityOf(clientId);

    Integer monthsToEnd =
        clients
            .contractOf(clientId)
            .map(c -> (int) Math.max(0, ChronoUnit.MONTHS.between(today, c.getEndDate())))
            .orElse(null);

    int owed = clients.openDeliverablesOf(clientId).size();
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
        failedRepairs,
        contact(clientId, today));
  }

  /** Contacts in the strike window, the corrected entries left out (their corrections count). */
  private Evidence.Contact contact(long clientId, LocalDate today) {
    Instant from =
        strikePolicies.current().windowStart(today).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Interaction> inWindow = interactions.since(clientId, from);
    Set<Long> corrected =
        inWindow.stream()
            .map(Interaction::getCorrectsId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    List<Interaction> current =
        inWindow.stream().filter(i -> !corrected.contains(i.getId())).toList();
    List<Interaction> contacts =
        current.stream()
            .filter(
                i ->
                    i.getKind() != InteractionKind.NOTE
                        && i.getKind() != InteractionKind.EMAIL_SENT)
            .toList();
    CommunicationChannel primary = clients.get(clientId).getPrimaryChannel();
    int onPrimary = (int) contacts.stream().filter(i -> i.getChannel() == primary).count();
    Integer daysSince =
        contacts.stream()
            .map(Interaction::getOccurredAt)
            .max(Instant::compareTo)
            .map(last -> (int) Math.max(0, Duration.between(last, clock.instant()).toDays()))
            .orElse(null);
    return new Evidence.Contact(
        daysSince,
        onPrimary,
        contacts.size() - onPrimary,
        (int) current.stream().filter(Interaction::isAgreementMade).count());
  }
}
