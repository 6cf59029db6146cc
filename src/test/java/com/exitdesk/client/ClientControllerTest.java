package com.exitdesk.client;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.shared.NotFoundException;
import com.exitdesk.web.WebSliceConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({
  ClientController.class,
  ContractController.class,
  DeliverableController.class,
  LedgerController.class
})
@Import(WebSliceConfiguration.class)
class ClientControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean ClientService clients;
  @MockitoBean ClientLedger ledger;
  @MockitoBean ClientDeliverables deliverables;
  @MockitoBean ClientIncidents incidents;
  @MockitoBean ClientCases cases;
  @MockitoBean AuditTrail audit;

  @BeforeEach
  void portfolio() {
    given(incidents.strikesOf(anyLong())).willReturn(new ClientIncidents.Strikes(2, 1, 1, 3));
    given(ledger.profitabilityOf(anyLong()))
        .willReturn(
            new ClientLedger.Profitability(
                new BigDecimal("9000"),
                new BigDecimal("8000"),
                new BigDecimal("60"),
                new BigDecimal("11.1")));
    given(cases.openCaseOf(anyLong())).willReturn(Optional.empty());
  }

  @Test
  void thePortfolioPlacesEachClientByProfitAndStrikes() throws Exception {
    given(clients.list()).willReturn(List.of(client()));

    mvc.perform(get("/api/clients").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("Ferro"))
        .andExpect(jsonPath("$[0].marginPercent").value(11.1))
        .andExpect(jsonPath("$[0].strikes").value(2))
        .andExpect(jsonPath("$[0].ethicalStrikes").value(1))
        .andExpect(jsonPath("$[0].reviewThreshold").value(3));
  }

  @Test
  void aNewClientIsValidatedBeforeTheServiceSeesIt() throws Exception {
    mvc.perform(
            post("/api/clients")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\",\"email\":\"x@y.example\",\"locale\":\"en\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    verify(clients, never())
        .create(anyString(), anyString(), anyString(), any(), any(), anyString());
  }

  @Test
  void aClientMayNameTheContactPersonLettersAreAddressedTo() throws Exception {
    Client created = client();
    created.changeContactName("Ana López");
    given(
            clients.create(
                "Ferro", "x@y.example", "es", "Ana López", CommunicationChannel.EMAIL, "olivia"))
        .willReturn(created);

    mvc.perform(
            post("/api/clients")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"Ferro\",\"email\":\"x@y.example\",\"locale\":\"es\","
                        + "\"contactName\":\" Ana López \"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.contactName").value("Ana López"));
  }

  @Test
  void theContactPersonIsChangedOrClearedAndALineBreakIsRefused() throws Exception {
    given(clients.changeContactName(3L, null, "olivia")).willReturn(client());

    mvc.perform(
            put("/api/clients/3/contact")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactName\":\"  \"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactName").isEmpty());
    mvc.perform(
            put("/api/clients/3/contact")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactName\":\"Ana\\r\\nBcc: x@evil.example\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("contactName"));
    verify(clients, never()).changeContactName(eq(3L), eq("Ana\r\nBcc: x@evil.example"), any());
  }

  @Test
  void aClientIsCreated() throws Exception {
    given(
            clients.create(
                eq("Ferro"),
                eq("ferro@test.example"),
                eq("es"),
                any(),
                eq(CommunicationChannel.EMAIL),
                any()))
        .willReturn(client());

    mvc.perform(
            post("/api/clients")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ferro\",\"email\":\"ferro@test.example\",\"locale\":\"es\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.locale").value("es"))
        .andExpect(jsonPath("$.primaryChannel").value("EMAIL"));
  }

  @Test
  void aClientIsRenamedWithItsEmailAndLanguageAsTyped() throws Exception {
    given(clients.update(3L, "Ferro Norte", "norte@test.example", "en", "olivia"))
        .willReturn(client());

    mvc.perform(
            put("/api/clients/3")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\" Ferro Norte \",\"email\":\"norte@test.example\","
                        + "\"locale\":\"en\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(3));
    verify(clients).update(3L, "Ferro Norte", "norte@test.example", "en", "olivia");
  }

  @Test
  void anEditWithoutALanguageNamesTheFieldAndChangesNothing() throws Exception {
    mvc.perform(
            put("/api/clients/3")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ferro\",\"email\":\"x@y.example\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid-input"))
        .andExpect(jsonPath("$.errors[0].field").value("locale"))
        .andExpect(jsonPath("$.errors[0].code").value("required"));
    verify(clients, never()).update(anyLong(), any(), any(), any(), any());
  }

  @Test
  void anOwedDeliverableIsChangedRemovedAndDelivered() throws Exception {
    Deliverable catalogue = new Deliverable(3L, "Catalogue 2027", LocalDate.of(2027, 1, 15));
    ReflectionTestUtils.setField(catalogue, "id", 7L);
    given(
            deliverables.changeDeliverable(
                3L, 7L, "Catalogue 2027", LocalDate.of(2027, 1, 15), "olivia"))
        .willReturn(catalogue);

    mvc.perform(
            put("/api/clients/3/deliverables/7")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Catalogue 2027 \",\"dueDate\":\"2027-01-15\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Catalogue 2027"))
        .andExpect(jsonPath("$.status").value("OPEN"));

    mvc.perform(delete("/api/clients/3/deliverables/7").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isNoContent());
    verify(deliverables).removeDeliverable(3L, 7L, "olivia");

    catalogue.markDelivered(LocalDate.of(2026, 11, 2), "By SFTP");
    given(deliverables.markDelivered(3L, 7L, LocalDate.of(2026, 11, 2), "By SFTP", "olivia"))
        .willReturn(catalogue);
    mvc.perform(
            post("/api/clients/3/deliverables/7/delivered")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"2026-11-02\",\"deliveryNotes\":\"By SFTP\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.deliveryNotes").value("By SFTP"));
  }

  @Test
  void whileAnExitFinishesTheDeliverablesNoneIsChangedFromOutside() throws Exception {
    given(cases.openCaseOf(3L)).willReturn(Optional.of(12L));
    given(cases.caseHoldingDeliverablesOf(3L)).willReturn(Optional.of(12L));

    mvc.perform(delete("/api/clients/3/deliverables/7").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("deliverables-held-by-exit"));
    mvc.perform(
            post("/api/clients/3/deliverables/7/delivered")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"2026-11-02\"}"))
        .andExpect(status().isConflict());
    verify(deliverables, never()).removeDeliverable(anyLong(), anyLong(), any());
    verify(deliverables, never()).markDelivered(anyLong(), anyLong(), any(), any(), any());
  }

  @Test
  void aLedgerCorrectionNeedsItsReason() throws Exception {
    mvc.perform(
            put("/api/clients/3/ledger/2026-08")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"revenue\":2800,\"cost\":1000,\"hours\":20}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    verify(ledger, never()).correctLedgerEntry(anyLong(), any(), any(), any(), any(), any(), any());

    given(
            ledger.correctLedgerEntry(
                3L,
                "2026-08",
                new BigDecimal("2800"),
                new BigDecimal("1000"),
                new BigDecimal("20"),
                "Credit note 17",
                "olivia"))
        .willReturn(
            new LedgerEntry(
                3L, "2026-08", new BigDecimal("2800"), new BigDecimal("1000"), BigDecimal.TEN));
    mvc.perform(
            put("/api/clients/3/ledger/2026-08")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"revenue\":2800,\"cost\":1000,\"hours\":20,"
                        + "\"reason\":\" Credit note 17 \"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.month").value("2026-08"))
        .andExpect(jsonPath("$.revenue").value(2800));
  }

  @Test
  void anUnknownClientIs404() throws Exception {
    given(clients.get(99L)).willThrow(new NotFoundException("Client", 99L));

    mvc.perform(get("/api/clients/99").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isNotFound());
  }

  private static Client client() {
    Client entity =
        new Client("Ferro", "ferro@test.example", "es", Instant.parse("2026-01-01T00:00:00Z"));
    ReflectionTestUtils.setField(entity, "id", 3L);
    return entity;
  }
}
