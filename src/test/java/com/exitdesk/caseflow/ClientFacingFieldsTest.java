package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.writing.ClientFacingFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Staff type text that goes verbatim to the client: every such field says in which language the
 * client reads it, from the case's {@code clientLanguageName} (set with the evidence).
 */
class ClientFacingFieldsTest {

  /** The list the writing check and the task forms share. */
  static Stream<Arguments> clientFacingFields() {
    return ClientFacingFields.byForm().entrySet().stream()
        .flatMap(form -> form.getValue().stream().map(key -> Arguments.of(form.getKey(), key)));
  }

  @Test
  void theWritingChecksListNamesEveryFieldWrittenToTheClient() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    try (DirectoryStream<Path> forms = Files.newDirectoryStream(Path.of("bpmn"), "*.form")) {
      for (Path form : forms) {
        JsonNode schema = new ObjectMapper().readTree(form.toFile());
        for (JsonNode component : schema.path("components")) {
          if (component.path("description").asText().contains("Written to the client in")) {
            found
                .computeIfAbsent(
                    form.getFileName().toString().replace(".form", ""), id -> new ArrayList<>())
                .add(component.path("key").asText());
          }
        }
      }
    }

    assertThat(found).isEqualTo(new TreeMap<>(ClientFacingFields.byForm()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("clientFacingFields")
  void saysInWhichLanguageTheClientReadsIt(String form, String key) throws IOException {
    JsonNode field = field(form, key);

    assertThat(field.path("description").asText())
        .contains("Written to the client in {{clientLanguageName}}");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "review-contract, terminationClause, verbatim",
    "review-contract, exitDate, {{contract.endDate}}",
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
