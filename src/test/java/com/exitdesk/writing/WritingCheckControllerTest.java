package com.exitdesk.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The writing check and the re-read confirmation through the API. */
class WritingCheckControllerTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired AuditTrail audit;

  @Test
  void findsToneAndSpellingInTheClientsLanguageWithOffsetsIntoTheText() throws Exception {
    String text = "Es culpa suya. Le enviaremos los archibos el lunes!!";

    JsonNode answer =
        json.readTree(
            send("/api/writing-check", Map.of("text", text, "locale", "es"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(answer.path("locale").asText()).isEqualTo("es");
    JsonNode findings = answer.path("findings");
    JsonNode blame = flaggedAs(text, findings, "Es culpa suya");
    assertThat(blame.path("kind").asText()).isEqualTo("TONE");
    assertThat(blame.path("rule").asText()).isEqualTo("BLAME");
    assertThat(blame.path("message").asText()).contains("culpa al cliente");
    JsonNode typo = flaggedAs(text, findings, "archibos");
    assertThat(typo.path("kind").asText()).isEqualTo("SPELLING");
    assertThat(typo.path("suggestions").get(0).asText()).isEqualTo("archivos");
    assertThat(flaggedAs(text, findings, "!!").path("rule").asText()).isEqualTo("SHOUTING");
    // Spanish opens an exclamation too: LanguageTool's grammar says so, in Spanish.
    assertThat(findings).anySatisfy(f -> assertThat(f.path("kind").asText()).isEqualTo("GRAMMAR"));
  }

  private static JsonNode flaggedAs(String text, JsonNode findings, String words) {
    for (JsonNode finding : findings) {
      if (flagged(text, finding).equals(words)) {
        return finding;
      }
    }
    throw new AssertionError("No finding on \"" + words + "\" in " + findings);
  }

  @Test
  void aCalmTextHasNoFinding() throws Exception {
    send(
            "/api/writing-check",
            Map.of(
                "text",
                "Thank you for the trust you have placed in us. We will deliver the catalogue by"
                    + " 15 January.",
                "locale",
                "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.findings").isEmpty());
  }

  @Test
  void refusesWhatItCannotCheckFieldByField() throws Exception {
    send("/api/writing-check", Map.of("text", "Hola", "locale", "fr"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("locale"))
        .andExpect(jsonPath("$.errors[0].code").value("not-an-option"));
    send("/api/writing-check", Map.of("text", "x".repeat(10_001), "locale", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    send("/api/writing-check", Map.of("locale", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("text"))
        .andExpect(jsonPath("$.errors[0].code").value("required"));
    send("/api/writing-check", Map.of("text", "Hi", "locale", "en", "strict", true))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("strict")));
  }

  @Test
  void aConfirmationLandsOnTheCasesTimeline() throws Exception {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);

    send(
            "/api/writing-check/confirmations",
            Map.of("caseId", caseId, "field", "justification", "toneFindings", 2))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.confirmedBy").value("olivia"))
        .andExpect(jsonPath("$.field").value("justification"));

    AuditEvent reread =
        audit.forCase(caseId).stream()
            .filter(e -> e.getType() == AuditType.WRITING_REREAD)
            .findFirst()
            .orElseThrow();
    assertThat(reread.getActor()).isEqualTo("olivia");
    assertThat(reread.getClientId()).isEqualTo(client.getId());
    assertThat(json.readTree(reread.getDetails()).path("field").asText())
        .isEqualTo("justification");
    assertThat(json.readTree(reread.getDetails()).path("toneFindings").asInt()).isEqualTo(2);
  }

  @Test
  void aConfirmationNamesAClientFacingFieldOfACaseThatExists() throws Exception {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    send("/api/writing-check/confirmations", Map.of("caseId", caseId, "field", "approvalComment"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("field"))
        .andExpect(jsonPath("$.errors[0].code").value("not-an-option"));
    send("/api/writing-check/confirmations", Map.of("caseId", 987654, "field", "justification"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("case-not-found"));

    assertThat(audit.forCase(caseId)).noneMatch(e -> e.getType() == AuditType.WRITING_REREAD);
  }

  private ResultActions send(String path, Map<String, ?> body) throws Exception {
    return mvc.perform(
        post(path)
            .with(httpBasic("olivia", "olivia"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private static String flagged(String text, JsonNode finding) {
    int offset = finding.path("offset").asInt();
    return text.substring(offset, offset + finding.path("length").asInt());
  }
}
