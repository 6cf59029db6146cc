package com.exitdesk.incident;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.web.WebSliceConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(IncidentController.class)
@Import(WebSliceConfiguration.class)
class IncidentControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean IncidentService incidents;
  @MockitoBean com.exitdesk.web.IdempotencyKeys idempotencyKeys;

  @Test
  void theStrikeThatReachesTheThresholdSaysWhichCaseItOpened() throws Exception {
    given(incidents.report(eq(2L), any(), eq("olivia")))
        .willReturn(new IncidentService.Reported(incident(), 3, 3, 11L, null));

    mvc.perform(
            post("/api/clients/2/incidents")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"sign\":\"LOSING_MONEY\",\"severity\":\"HIGH\",\"description\":\"Unpaid invoices\",\"occurredOn\":\"2026-11-20\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.openedCaseId").value(11))
        .andExpect(jsonPath("$.strikesUntilReview").value(0))
        .andExpect(jsonPath("$.incident.sign").value("LOSING_MONEY"));
  }

  @Test
  void anUnknownSignOrAFutureDateIsRefusedBeforeAnythingIsLogged() throws Exception {
    mvc.perform(
            post("/api/clients/2/incidents")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"sign\":\"RUDE\",\"severity\":\"HIGH\",\"description\":\"x\",\"occurredOn\":\"2026-11-20\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sign"));
    mvc.perform(
            post("/api/clients/2/incidents")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"sign\":\"LOSING_MONEY\",\"severity\":\"HIGH\",\"description\":\"x\",\"occurredOn\":\"2999-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
    verify(incidents, never()).report(anyLong(), any(), any());
  }

  private static Incident incident() {
    Incident incident =
        new Incident(
            2L,
            IncidentArea.FINANCIAL,
            WarningSign.LOSING_MONEY,
            Severity.HIGH,
            "Unpaid invoices",
            LocalDate.of(2026, 11, 20),
            "olivia",
            Instant.parse("2026-11-20T10:00:00Z"));
    ReflectionTestUtils.setField(incident, "id", 5L);
    return incident;
  }
}
