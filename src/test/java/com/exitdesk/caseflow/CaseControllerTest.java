package com.exitdesk.caseflow;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.client.ClientService;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.messaging.RenderedMessage;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.web.WebSliceConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CaseController.class)
@Import(WebSliceConfiguration.class)
class CaseControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean CaseService cases;
  @MockitoBean ClientAnswers answers;
  @MockitoBean ClientService clients;
  @MockitoBean InboxService inbox;
  @MockitoBean AuditTrail audit;
  @MockitoBean Outbox outbox;
  @MockitoBean MessagePreviews previews;

  @Test
  void aCaseShowsItsStateTasksTimelineAndMessages() throws Exception {
    given(cases.find(4L)).willReturn(relationshipCase());
    given(clients.nameOf(anyLong())).willReturn(Optional.empty());

    mvc.perform(get("/api/cases/4").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.status").value("OPEN"))
        .andExpect(jsonPath("$.summary.phase").value("ASSESSMENT"))
        .andExpect(jsonPath("$.openTasks").isArray())
        .andExpect(jsonPath("$.timeline").isArray())
        .andExpect(jsonPath("$.messages").isArray());
  }

  @Test
  void onlyManagersWithdrawAnExit() throws Exception {
    given(cases.withdraw(eq(4L), anyString(), eq("maria"))).willReturn(relationshipCase());
    given(clients.nameOf(anyLong())).willReturn(Optional.empty());
    String body = "{\"reason\":\"The client apologised\"}";

    mvc.perform(
            post("/api/cases/4/withdraw")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/cases/4/withdraw")
                .with(httpBasic("maria", "maria"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isAccepted());
  }

  @Test
  void aClientAnswerOutOfTurnIsAConflict() throws Exception {
    given(answers.recordClientAnswer(anyLong(), any(Boolean.class), any(), anyString()))
        .willThrow(new ConflictException("Case 4 is not waiting for a client's answer"));

    mvc.perform(
            post("/api/cases/4/client-response")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"accepted\":true}"))
        .andExpect(status().isConflict());
  }

  @Test
  void thePreviewRendersWithoutSending() throws Exception {
    given(previews.preview(4L, MessageKind.TERMINATION_NOTICE, "es"))
        .willReturn(new RenderedMessage("Aviso", "texto", "<p>html</p>", "<html/>"));

    mvc.perform(
            get("/api/cases/4/messages/preview")
                .param("kind", "TERMINATION_NOTICE")
                .param("locale", "es")
                .with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.subject").value("Aviso"))
        .andExpect(jsonPath("$.hasLetter").value(true));
    mvc.perform(
            get("/api/cases/4/messages/preview")
                .param("kind", "LOVE_LETTER")
                .with(httpBasic("olivia", "olivia")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
  }

  @Test
  void casesAreListed() throws Exception {
    given(cases.list(null)).willReturn(List.of(relationshipCase()));
    given(clients.nameOf(anyLong())).willReturn(Optional.empty());

    mvc.perform(get("/api/cases").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].reason").value("Three strikes"));
  }

  private static RelationshipCase relationshipCase() {
    RelationshipCase entity =
        new RelationshipCase(2L, "Three strikes", "olivia", Instant.parse("2026-11-20T10:00:00Z"));
    ReflectionTestUtils.setField(entity, "id", 4L);
    return entity;
  }
}
