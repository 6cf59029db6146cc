package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A submission is checked by the rules its form declares, as form-js checks them in a browser. */
class FormValidatorTest {

  private final ObjectMapper json = new ObjectMapper();
  private final FormValidator validator = new FormValidator();

  @ParameterizedTest
  @ValueSource(
      strings = {"not an address", "ana@", "@client.example", "ana@client", "a b@client.example"})
  void theCorrectedAddressMustBeAnEmailAddressAsTheFormSays(String typed) throws IOException {
    var result =
        validator.validate(form("correct-client-address.form"), Map.of("correctedEmail", typed));

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

    assertThat(validator.validate(form, Map.of("code", "ABC-12")).errors()).isEmpty();
    assertThat(validator.validate(form, Map.of("code", "abc-12")).errors())
        .singleElement()
        .satisfies(error -> assertThat(error.field()).isEqualTo("code"));
  }

  private JsonNode form(String file) throws IOException {
    return json.readTree(Path.of("bpmn", file).toFile());
  }
}
