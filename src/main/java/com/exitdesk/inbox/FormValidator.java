package com.exitdesk.inbox;

import com.exitdesk.shared.InvalidInputException.FieldError;
import com.exitdesk.web.SaneDate;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its Camunda form before anything reaches the engine: only the form's
 * fields, of the right type, within the form's own limits. A field that the form hides under a
 * condition is never required here; the task's own rules decide.
 */
@Component
class FormValidator {

  private static final Set<String> INPUT_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "radio",
          "select",
          "checklist",
          "datetime");
  private static final int DEFAULT_MAX_TEXT = 4000;

  /** One address on one line: no spaces, no line breaks, one @ with a dotted domain. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  Result validate(JsonNode form, Map<String, Object> submitted) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> clean = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();

    for (JsonNode component : form.path("components")) {
      String type = component.path("type").asText();
      if (!INPUT_TYPES.contains(type)) {
        continue;
      }
      String key = component.path("key").asText();
      known.add(key);
      JsonNode rules = component.path("validate");
      boolean required = rules.path("required").asBoolean(false) && !component.has("conditional");
      Object value = submitted.get(key);
      if (value == null
          || (value instanceof String s && s.isBlank())
          || (value instanceof List<?> list && list.isEmpty())) {
        if (required) {
          errors.add(new FieldError(key, "is required"));
        } else if ("checkbox".equals(type)) {
          clean.put(key, false);
        }
        continue;
      }
      String problem =
          switch (type) {
            case "textfield", "textarea" -> checkText(value, rules);
            case "number" -> checkNumber(value, rules);
            case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
            case "radio", "select" -> checkChoice(value, component.path("values"));
            case "checklist" -> checkChoices(value, component.path("values"));
            case "datetime" -> checkDate(value);
            default -> null;
          };
      if (problem != null) {
        errors.add(new FieldError(key, problem));
      } else {
        clean.put(key, value instanceof String s ? s.strip() : value);
      }
    }
    for (String key : submitted.keySet()) {
      if (!known.contains(key)) {
        errors.add(new FieldError(key, "is not a field of this form"));
      }
    }
    return new Result(clean, errors);
  }

  private static String checkText(Object value, JsonNode rules) {
    if (!(value instanceof String text)) {
      return "must be text";
    }
    int length = text.strip().length();
    int min = rules.path("minLength").asInt(0);
    int max = rules.path("maxLength").asInt(DEFAULT_MAX_TEXT);
    if (length < min) {
      return "must have at least " + min + " characters";
    }
    if (length > max) {
      return "must have at most " + max + " characters";
    }
    if (text.chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      return "must not contain control characters";
    }
    // The form's own format rules, as form-js applies them in the browser.
    if ("email".equals(rules.path("validationType").asText())
        && !EMAIL.matcher(text.strip()).matches()) {
      return "must be a well-formed email address";
    }
    if (rules.hasNonNull("pattern")
        && !Pattern.compile(rules.path("pattern").asText()).matcher(text.strip()).matches()) {
      return "has an invalid value";
    }
    return null;
  }

  private static String checkNumber(Object value, JsonNode rules) {
    if (!(value instanceof Number number)) {
      return "must be a number";
    }
    if ((number instanceof Double d && !Double.isFinite(d))
        || (number instanceof Float f && !Float.isFinite(f))) {
      return "must be a finite number";
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (rules.has("min") && decimal.compareTo(rules.path("min").decimalValue()) < 0) {
      return "must be at least " + rules.path("min").asText();
    }
    if (rules.has("max") && decimal.compareTo(rules.path("max").decimalValue()) > 0) {
      return "must be at most " + rules.path("max").asText();
    }
    return null;
  }

  private static String checkChoice(Object value, JsonNode values) {
    for (JsonNode option : values) {
      if (option.path("value").asText().equals(value)) {
        return null;
      }
    }
    List<String> allowed = new ArrayList<>();
    values.forEach(option -> allowed.add(option.path("value").asText()));
    return "must be one of " + allowed;
  }

  /** Options ticked in a checklist: each one of the form's, each once. */
  private static String checkChoices(Object value, JsonNode values) {
    if (!(value instanceof List<?> ticked)) {
      return "must be a list of options";
    }
    if (new HashSet<>(ticked).size() != ticked.size()) {
      return "must not name an option twice";
    }
    for (Object option : ticked) {
      String problem = checkChoice(option, values);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String checkDate(Object value) {
    if (!(value instanceof String text)) {
      return "must be a date (YYYY-MM-DD)";
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isBefore(SaneDate.EARLIEST) || date.isAfter(SaneDate.LATEST)) {
        return "must be between " + SaneDate.EARLIEST + " and " + SaneDate.LATEST;
      }
      return null;
    } catch (DateTimeParseException e) {
      return "must be a date (YYYY-MM-DD)";
    }
  }

  record Result(Map<String, Object> variables, List<FieldError> errors) {}
}
