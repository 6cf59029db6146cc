package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Staff type text that goes verbatim to the client: every such field says in which language the
 * client reads it, from the case's {@code clientLanguageName} (set with the evidence).
 */
class ClientFacingFieldsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "review-contract, justification",
    "draft-new-terms, newScope",
    "draft-new-terms, boundaries",
    "plan-transition, handoverPlan",
    "plan-transition, dataReturn",
    "plan-transition, alternatives",
    "approve-termination, exitJustification"
  })
  void saysInWhichLanguageTheClientReadsIt(String form, String key) throws IOException {
    JsonNode field = field(form, key);

    assertThat(field.path("description").asText())
        .contains("Written to the client in {{clientLanguageName}}");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "review-contract, terminationClause, verbatim",
    "review-contract, exitDate, {{contractEndDate}}",
    "review-contract, earlyTerminationAgreed, fee",
    "approve-termination, approvalComment, never reaches the client"
  })
  void saysWhatReachesTheClientAndWhatDoesNot(String form, String key, String words)
      throws IOException {
    assertThat(field(form, key).path("description").asText()).contains(words);
  }

  private static JsonNode field(String form, String key) throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Path.of("bpmn", form + ".form").toFile());
    for (JsonNode component : schema.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError(form + " has no field " + key);
  }
}
