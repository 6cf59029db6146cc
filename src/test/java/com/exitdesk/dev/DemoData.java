package com.exitdesk.dev;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientDeliverables;
import com.exitdesk.client.ClientLedger;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.ClientService.ContractTerms;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.incident.IncidentArea;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.interaction.Interaction;
import com.exitdesk.interaction.InteractionKind;
import com.exitdesk.interaction.InteractionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A small portfolio so a newcomer sees something at once: an ideal client, a client one strike
 * short of a review, and a client who costs more than they pay near the end of the contract.
 */
@Component
@ConditionalOnProperty(name = "exitdesk.demo.data", havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final String DEMO = "demo";

  private final ClientService clients;
  private final ClientLedger ledger;
  private final ClientDeliverables deliverables;
  private final IncidentService incidents;
  private final InteractionService interactions;
  private final Clock clock;

  DemoData(
      ClientService clients,
      ClientLedger ledger,
      ClientDeliverables deliverables,
      IncidentService incidents,
      InteractionService interactions,
      Clock clock) {
    this.clients = clients;
    this.ledger = ledger;
    this.deliverables = deliverables;
    this.incidents = incidents;
    this.interactions = interactions;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!clients.list().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

    Client ideal = clients.create("Lumen Studio", "hello@lumen.example", "en", DEMO);
    contract(ideal, today.minusMonths(8), today.plusMonths(16), "3200.00");
    ledger(ideal, today, "3200.00", "1900.00", "38");
    deliverables.addDeliverable(ideal.getId(), "Quarterly brand review", today.plusWeeks(3), DEMO);

    Client demanding =
        clients.create(
            "Grupo Ferro Norte", "compras@ferronorte.example", "es", "Lucía Ferrer", DEMO);
    contract(demanding, today.minusMonths(10), today.plusMonths(5), "2500.00");
    ledger(demanding, today, "2500.00", "2350.00", "61");
    deliverables.addDeliverable(
        demanding.getId(), "Catálogo de producto 2027", today.plusWeeks(2), DEMO);
    deliverables.addDeliverable(
        demanding.getId(), "Migración de la tienda online", today.plusWeeks(6), DEMO);
    interactions.record(
        demanding.getId(),
        null,
        new Interaction.Details(
            InteractionKind.MEETING,
            today.minusWeeks(9).atTime(10, 0).toInstant(ZoneOffset.UTC),
            CommunicationChannel.VIDEO_CALL,
            "Marta Ferro, olivia",
            "Kick-off for the 2027 catalogue: 24 pages, two rounds of changes.",
            true,
            "Catalogue of 24 pages with two rounds of changes, delivered in eight weeks."),
        null,
        DEMO);
    interactions.record(
        demanding.getId(),
        null,
        new Interaction.Details(
            InteractionKind.EMAIL_RECEIVED,
            today.minusWeeks(6).atTime(17, 30).toInstant(ZoneOffset.UTC),
            CommunicationChannel.EMAIL,
            "Marta Ferro",
            "Asks for four extra pages at no cost.",
            false,
            null),
        null,
        DEMO);
    incidents.report(
        demanding.getId(),
        new IncidentReport(
            IncidentArea.FINANCIAL,
            WarningSign.EXPECTATIONS_MISMATCH,
            Severity.MEDIUM,
            "Asked for four extra catalogue pages outside the agreed scope, at no cost.",
            today.minusWeeks(6)),
        DEMO);
    incidents.report(
        demanding.getId(),
        new IncidentReport(
            null,
            WarningSign.REJECTS_RECOMMENDATIONS,
            Severity.MEDIUM,
            "Rejected the agreed migration plan for the third time without alternatives.",
            today.minusWeeks(2)),
        DEMO);

    Client losing =
        clients.create("Bright Harbor Logistics", "ops@brightharbor.example", "en", DEMO);
    contract(losing, today.minusMonths(22), today.plusMonths(2), "1800.00");
    ledger(losing, today, "1800.00", "2600.00", "74");
    deliverables.addDeliverable(
        losing.getId(), "Route optimisation report", today.plusWeeks(1), DEMO);

    log.info(
        "Demo data loaded: 3 clients; '{}' is one strike short of a review.", demanding.getName());
  }

  private void contract(Client client, LocalDate start, LocalDate end, String monthlyFee) {
    clients.putContract(
        client.getId(),
        new ContractTerms(
            start,
            end,
            new BigDecimal(monthlyFee),
            "EUR",
            30,
            new BigDecimal(monthlyFee).multiply(BigDecimal.TWO),
            // The contract's own words, in the language the client reads them.
            "es".equals(client.getLocale())
                ? "Cláusula 12.2: cualquiera de las partes podrá resolver el contrato con un"
                    + " preaviso escrito de 30 días."
                : "Clause 12.2: Either party may end the agreement with 30 days' written notice.",
            "Design and delivery services as per statement of work"),
        DEMO);
  }

  private void ledger(Client client, LocalDate today, String revenue, String cost, String hours) {
    for (int back = 3; back >= 1; back--) {
      ledger.addLedgerEntry(
          client.getId(),
          YearMonth.from(today).minusMonths(back).toString(),
          new BigDecimal(revenue),
          new BigDecimal(cost),
          new BigDecimal(hours),
          DEMO);
    }
  }
}
