package com.exitdesk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.NotFoundException;
import com.exitdesk.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Corrections of a client's record change the record and say on it what changed and by whom. */
class ClientCorrectionsTest extends ProcessTestSupport {

  @Autowired AuditTrail audit;

  @Test
  void anEditRecordsWhatChangedAndAnEditThatChangesNothingRecordsNothing() {
    Client client = profitableClient();

    clients.update(client.getId(), "Ferro Sur", client.getEmail(), "es", "olivia");
    clients.update(client.getId(), "Ferro Sur", client.getEmail(), "es", "olivia");

    Client edited = clients.get(client.getId());
    assertThat(edited.getName()).isEqualTo("Ferro Sur");
    assertThat(edited.getLocale()).isEqualTo("es");
    List<AuditEvent> updates = events(client, AuditType.CLIENT_UPDATED);
    assertThat(updates).hasSize(1);
    assertThat(updates.getFirst().getActor()).isEqualTo("olivia");
    assertThat(updates.getFirst().getDetails())
        .contains("\"changed\":[\"name\",\"locale\"]")
        .contains("\"previousName\":\"" + client.getName() + "\"")
        .contains("\"previousLocale\":\"en\"");
  }

  @Test
  void anotherClientsEmailIsRefusedAndALanguageWithoutLettersToo() {
    Client first = profitableClient();
    Client second = profitableClient();

    assertThatThrownBy(
            () ->
                clients.update(
                    second.getId(),
                    second.getName(),
                    first.getEmail().toUpperCase(),
                    "en",
                    "olivia"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already exists");
    assertThatThrownBy(
            () -> clients.update(second.getId(), second.getName(), second.getEmail(), "fr", "x"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(clients.get(second.getId()).getEmail()).isEqualTo(second.getEmail());
    assertThat(events(second, AuditType.CLIENT_UPDATED)).isEmpty();
  }

  @Test
  void anOwedDeliverableIsChangedThenDeliveredAndThenStaysAsItWas() {
    Client client = profitableClient();
    long id = deliverable(client, "Catalogue");

    clientDeliverables.changeDeliverable(
        client.getId(), id, "Catalogue 2027", today().plusWeeks(3), "omar");
    clientDeliverables.markDelivered(client.getId(), id, today(), "By SFTP", "omar");

    Deliverable delivered = clients.deliverablesOf(client.getId()).getFirst();
    assertThat(delivered.getTitle()).isEqualTo("Catalogue 2027");
    assertThat(delivered.getStatus()).isEqualTo(DeliverableStatus.DONE);
    assertThat(delivered.getDeliveredOn()).isEqualTo(today());
    assertThat(events(client, AuditType.DELIVERABLE_CHANGED).getFirst().getDetails())
        .contains("\"previousTitle\":\"Catalogue\"");
    assertThat(events(client, AuditType.DELIVERABLE_COMPLETED)).hasSize(1);
    assertThatThrownBy(
            () ->
                clientDeliverables.changeDeliverable(client.getId(), id, "Other", today(), "omar"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> clientDeliverables.removeDeliverable(client.getId(), id, "omar"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aDeliveryDateToComeIsRefusedAndARemovedDeliverableLeavesALine() {
    Client client = profitableClient();
    long id = deliverable(client, "Route report");

    assertThatThrownBy(
            () ->
                clientDeliverables.markDelivered(
                    client.getId(), id, today().plusDays(1), null, "omar"))
        .isInstanceOf(InvalidInputException.class);
    clientDeliverables.removeDeliverable(client.getId(), id, "omar");

    assertThat(clients.deliverablesOf(client.getId())).isEmpty();
    assertThat(events(client, AuditType.DELIVERABLE_REMOVED).getFirst().getDetails())
        .contains("\"title\":\"Route report\"");
    assertThatThrownBy(() -> clientDeliverables.removeDeliverable(client.getId(), id, "omar"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aLedgerCorrectionKeepsTheOldFiguresAndTheReasonOnRecord() {
    Client client = profitableClient();
    String month = YearMonth.from(today()).minusMonths(1).toString();

    clientLedger.correctLedgerEntry(
        client.getId(),
        month,
        new BigDecimal("2800.00"),
        new BigDecimal("1500.00"),
        new BigDecimal("22"),
        "Credit note 17",
        "maria");

    LedgerEntry corrected =
        clientLedger.ledgerOf(client.getId()).stream()
            .filter(e -> e.getMonth().equals(month))
            .findFirst()
            .orElseThrow();
    assertThat(corrected.getRevenue()).isEqualByComparingTo("2800");
    assertThat(corrected.getHours()).isEqualByComparingTo("22");
    assertThat(clientLedger.ledgerOf(client.getId())).hasSize(3);
    String details = events(client, AuditType.LEDGER_CORRECTED).getFirst().getDetails();
    assertThat(details)
        .contains("\"previousRevenue\":\"3000.00\"")
        .contains("\"revenue\":\"2800.00\"")
        .contains("\"previousHours\":\"20.00\"")
        .contains("\"reason\":\"Credit note 17\"");
  }

  @Test
  void aMonthStillToComeIsNeitherRecordedNorCorrected() {
    Client client = profitableClient();
    String next = YearMonth.from(today()).plusMonths(1).toString();

    assertThatThrownBy(
            () ->
                clientLedger.addLedgerEntry(
                    client.getId(), next, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "x"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                clientLedger.correctLedgerEntry(
                    client.getId(),
                    "1999-01",
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    "typo",
                    "x"))
        .isInstanceOf(NotFoundException.class);
    assertThat(events(client, AuditType.LEDGER_CORRECTED)).isEmpty();
  }

  private List<AuditEvent> events(Client client, AuditType type) {
    return audit.forClient(client.getId()).stream().filter(e -> e.getType() == type).toList();
  }
}
