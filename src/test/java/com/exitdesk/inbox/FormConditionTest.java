package com.exitdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server hides a form field exactly when the browser does: every {@code conditional.hide} of
 * bpmn/ gives what the FEEL engine gives, for every value the expression compares with and none.
 */
class FormConditionTest {

  private static final Pattern NAME = Pattern.compile("\\b([a-zA-Z_][a-zA-Z0-9_]*)\\s*!?=");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

  @Test
  void everyConditionOfTheFormsAgreesWithTheFeelEngine() throws IOException {
    List<String> expressions = hideExpressions();
    assertThat(expressions).as("the forms hide fields under conditions").hasSizeGreaterThan(5);
    for (String expression : expressions) {
      FormCondition condition = FormCondition.parse(expression);
      for (Map<String, Object> data : dataFor(expression)) {
        EvaluationResult expected = feel.evaluateExpression(expression.substring(1), data);
        assertThat(expected.isSuccess()).as("%s with %s", expression, data).isTrue();
        assertThat(condition.holds(data))
            .as("%s with %s", expression, data)
            .isEqualTo(expected.result());
      }
    }
  }

  @Test
  void numbersAndBooleansCompareAsInFeel() {
    FormCondition condition = FormCondition.parse("=(count = 3 and open = true) or label = null");
    for (Map<String, Object> data :
        List.of(
            Map.<String, Object>of("count", 3L, "open", true, "label", "x"),
            Map.<String, Object>of("count", 3.0, "open", true, "label", "x"),
            Map.<String, Object>of("count", 4, "open", true, "label", "x"),
            Map.<String, Object>of("count", 3, "open", false, "label", "x"),
            Map.<String, Object>of("count", 4))) {
      assertThat(condition.holds(data))
          .as("%s", data)
          .isEqualTo(
              feel.evaluateExpression(
                      "(count = 3 and open = true) or label = null", new HashMap<>(data))
                  .result());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "decision = \"CHANGE\"",
        "=count > 3",
        "=contains(name, \"x\")",
        "=decision = \"CHANGE\" extra",
        "=not(decision = \"CHANGE\"",
        "=decision in (\"A\", \"B\")",
        "=decision = \"A\\\"B\""
      })
  void whatTheServerCannotEvaluateIsRefusedWhenTheFormIsRead(String expression) {
    assertThatThrownBy(() -> FormCondition.parse(expression))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Each variable named, with each value compared against, something else, and no value. */
  private static List<Map<String, Object>> dataFor(String expression) {
    Set<String> names = new LinkedHashSet<>();
    Matcher name = NAME.matcher(expression);
    while (name.find()) {
      names.add(name.group(1));
    }
    List<Object> values = new ArrayList<>();
    Matcher literal = LITERAL.matcher(expression);
    while (literal.find()) {
      values.add(literal.group(1));
    }
    values.add("SOMETHING_ELSE");
    values.add(null);
    List<Map<String, Object>> data = new ArrayList<>();
    data.add(new HashMap<>());
    for (String variable : names) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : data) {
        for (Object value : values) {
          Map<String, Object> more = new HashMap<>(partial);
          more.put(variable, value);
          next.add(more);
        }
      }
      data = next;
    }
    return data;
  }

  private static List<String> hideExpressions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> expressions = new ArrayList<>();
    File[] forms = new File("bpmn").listFiles((dir, file) -> file.endsWith(".form"));
    for (File file : forms) {
      for (JsonNode component : json.readTree(file).path("components")) {
        JsonNode hide = component.path("conditional").path("hide");
        if (hide.isTextual()) {
          expressions.add(hide.asText());
        }
      }
    }
    return expressions;
  }
}
