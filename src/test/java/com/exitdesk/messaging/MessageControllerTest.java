package com.exitdesk.messaging;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.web.WebSliceConfiguration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MessageController.class)
@Import(WebSliceConfiguration.class)
class MessageControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean Outbox outbox;
  @MockitoBean MessageTemplates templates;

  @Test
  void aCaseListsItsMessages() throws Exception {
    given(outbox.forCase(4L)).willReturn(List.of(message("<html/>")));

    mvc.perform(get("/api/cases/4/messages").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].kind").value("TERMINATION_NOTICE"))
        .andExpect(jsonPath("$[0].status").value("QUEUED"))
        .andExpect(jsonPath("$[0].hasLetter").value(true));
  }

  @Test
  void aMessageIsServedAsHtmlAndItsLetterAsPdf() throws Exception {
    given(outbox.find(9L)).willReturn(message("<html><body>letter</body></html>"));
    given(templates.pdf("<html><body>letter</body></html>")).willReturn("%PDF-1.4".getBytes());

    mvc.perform(get("/api/messages/9.html").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string("<p>Dear client</p>"));
    mvc.perform(get("/api/messages/9.pdf").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(content().bytes("%PDF-1.4".getBytes()));
    mvc.perform(get("/api/messages/9").with(httpBasic("olivia", "olivia")))
        .andExpect(jsonPath("$.text").value("Dear client"));
  }

  @Test
  void aMessageWithoutALetterHasNoPdf() throws Exception {
    given(outbox.find(9L)).willReturn(message(null));

    mvc.perform(get("/api/messages/9.pdf").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isNotFound());
  }

  private static OutboxMessage message(String letterHtml) {
    OutboxMessage message =
        new OutboxMessage(
            2L,
            4L,
            MessageKind.TERMINATION_NOTICE,
            "4:TERMINATION_NOTICE:77",
            "client@test.example",
            new RenderedMessage("Notice", "Dear client", "<p>Dear client</p>", letterHtml),
            "en",
            Instant.parse("2026-11-20T10:00:00Z"));
    ReflectionTestUtils.setField(message, "id", 9L);
    return message;
  }
}
