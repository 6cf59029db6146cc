package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web UI translates the Camunda forms at render time from {@code bpmn/i18n/forms_<lang>.json}.
 * Every word of every form needs an entry in each language, and the English dictionary must say
 * what the form says: a changed label in a .form file fails here until both dictionaries follow.
 */
class FormDictionariesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> WORDS = List.of("label", "dateLabel", "description");

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void everyWordOfEveryFormIsInTheDictionary(String language) throws IOException {
    JsonNode dictionary = JSON.readTree(Path.of("bpmn/i18n/forms_" + language + ".json").toFile());
    List<String> missing = new ArrayList<>();
    List<String> differing = new ArrayList<>();
    for (JsonNode form : forms()) {
      JsonNode words = dictionary.path(form.path("id").asText());
      for (JsonNode component : components(form.path("components"))) {
        boolean text = "text".equals(component.path("type").asText());
        String name = text ? component.path("id").asText() : component.path("key").asText();
        JsonNode entry = words.path(name);
        String where = form.path("id").asText() + "/" + name;
        if (text) {
          if (entry.path("text").asText().isBlank()) missing.add(where + ".text");
          continue;
        }
        for (String property : WORDS) {
          if (!component.has(property)) continue;
          String translated = entry.path(property).asText();
          if (translated.isBlank()) missing.add(where + "." + property);
          else if (language.equals("en") && !translated.equals(component.path(property).asText()))
            differing.add(where + "." + property);
        }
        for (JsonNode option : component.path("values")) {
          String value = option.path("value").asText();
          String translated = entry.path("values").path(value).asText();
          if (translated.isBlank()) missing.add(where + ".values." + value);
          else if (language.equals("en") && !translated.equals(option.path("label").asText()))
            differing.add(where + ".values." + value);
        }
      }
    }
    assertThat(missing).as("words of the forms without a %s entry", language).isEmpty();
    assertThat(differing).as("English entries that no longer say what the form says").isEmpty();
    for (String message :
        List.of("required", "min", "max", "minLength", "maxLength", "email", "integer")) {
      assertThat(dictionary.path("validation").path(message).asText())
          .as("validation message %s", message)
          .isNotBlank();
    }
  }

  @org.junit.jupiter.api.Test
  void everyNamedStepOfTheProcessHasItsSpanishName() throws IOException {
    String model =
        Files.readString(Path.of("bpmn/repair-or-exit.bpmn"))
            + Files.readString(Path.of("bpmn/criteria-review.bpmn"));
    JsonNode names = JSON.readTree(Path.of("bpmn/i18n/process_es.json").toFile());
    java.util.regex.Matcher named =
        java.util.regex.Pattern.compile(
                "<bpmn:(?!message |error |process )\\w+ [^>]*?id=\"([^\"]+)\"[^>]*?name=\"")
            .matcher(model);
    List<String> missing = new ArrayList<>();
    while (named.find()) {
      if (names.path(named.group(1)).asText().isBlank()) missing.add(named.group(1));
    }
    assertThat(missing).as("named elements without a Spanish name").isEmpty();
    names
        .fieldNames()
        .forEachRemaining(
            id -> assertThat(model).as("stale entry " + id).contains("id=\"" + id + "\""));
  }

  private static List<JsonNode> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<JsonNode> forms = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.add(JSON.readTree(file.toFile()));
      }
      assertThat(forms).isNotEmpty();
      return forms;
    }
  }

  private static List<JsonNode> components(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : components) {
      all.add(component);
      all.addAll(components(component.path("components")));
    }
    return all;
  }
}
