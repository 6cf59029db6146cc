package com.exitdesk.client;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.caseflow.CaseService;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.web.NotFoundException;
import com.exitdesk.web.WebSliceConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
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

@WebMvcTest(ClientController.class)
@Import(WebSliceConfiguration.class)
class ClientControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean ClientService clients;
  @MockitoBean IncidentService incidents;
  @MockitoBean CaseService cases;

  @BeforeEach
  void portfolio() {
    given(incidents.countStrikes(anyLong()))
        .willReturn(new IncidentService.StrikeCount(2, 1, 1, 3));
    given(clients.profitabilityOf(anyLong()))
        .willReturn(
            new ClientService.Profitability(
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
