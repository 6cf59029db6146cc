package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A submission is checked by the rules its form declares, as form-js checks them in a browser. */
class FormValidatorTest {

  private final ObjectMapper json = new ObjectMapper();
  private final FormValidator validator =
      new FormValidator(
          Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), TaskOwners.ALL);

  @ParameterizedTest
  @ValueSource(
      strings = {"not an address", "ana@", "@client.example", "ana@client", "a b@client.example"})
  void theCorrectedAddressMustBeAnEmailAddressAsTheFormSays(String typed) throws IOException {
    var result =
        validator.validate(
            form("correct-client-address.form"), Map.of(), Map.of("correctedEmail", typed));

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("correctedEmail");
              assertThat(error.message()).isEqualTo("must be a well-formed email address");
            });
    assertThat(result.variables()).doesNotContainKey("correctedEmail");
  }

  @Test
  void aWellFormedAddressIsTakenStripped() throws IOException {
    var result =
        validator.validate(
            form("correct-client-address.form"),
            Map.of(),
            Map.of("correctedEmail", "  ana.lopez@client.example "));

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables()).containsEntry("correctedEmail", "ana.lopez@client.example");
  }

  @Test
  void aPatternTheFormDeclaresIsEnforced() throws IOException {
    JsonNode form =
        json.readTree(
            """
            {"components": [{"type": "textfield", "key": "code",
              "validate": {"pattern": "[A-Z]{3}-\\\\d{2}"}}]}
            """);

    assertThat(validator.validate(form, Map.of(), Map.of("code", "ABC-12")).errors()).isEmpty();
    assertThat(validator.validate(form, Map.of(), Map.of("code", "abc-12")).errors())
        .singleElement()
        .satisfies(error -> assertThat(error.field()).isEqualTo("code"));
  }

  @Test
  void aChecklistTakesEachOfItsOptionsOnce() throws IOException {
    JsonNode form = form("lessons-learned.form");
    Map<String, Object> base =
        Map.of(
            "whatHappened", "Scope grew every month.",
            "ourShare", "We accepted changes without a written order.",
            "warningSignsMissed", "Late answers from the start.",
            "criteriaChange", "None.");

    Map<String, Object> ticked = new java.util.HashMap<>(base);
    ticked.put("missedSigns", List.of("MINIMAL_COMMUNICATION", "LOSING_MONEY"));
    assertThat(validator.validate(form, Map.of(), ticked).errors()).isEmpty();
    assertThat(validator.validate(form, Map.of(), ticked).variables())
        .containsEntry("missedSigns", List.of("MINIMAL_COMMUNICATION", "LOSING_MONEY"));
    assertThat(validator.validate(form, Map.of(), base).errors())
        .as("none ticked is fine")
        .isEmpty();

    for (Object wrong :
        List.of(
            List.of("NOT_A_SIGN"),
            List.of("LOSING_MONEY", "LOSING_MONEY"),
            "LOSING_MONEY",
            List.of(3))) {
      Map<String, Object> submitted = new java.util.HashMap<>(base);
      submitted.put("missedSigns", wrong);
      assertThat(validator.validate(form, Map.of(), submitted).errors())
          .as("%s", wrong)
          .singleElement()
          .satisfies(error -> assertThat(error.field()).isEqualTo("missedSigns"));
    }
  }

  private JsonNode form(String file) throws IOException {
    return json.readTree(Path.of("bpmn", file).toFile());
  }
}
