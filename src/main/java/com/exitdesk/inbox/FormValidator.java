package com.exitdesk.inbox;

import com.exitdesk.shared.InvalidInputException.FieldError;
import com.exitdesk.web.SaneDate;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its Camunda form before anything reaches the engine, by the rules the
 * form declares and form-js applies in the browser: required, minLength/maxLength, min/max,
 * decimalDigits, the email or pattern format, the options of a choice, and {@code conditional.hide}
 * evaluated against the task's variables and the submission. A hidden field is never required, and
 * a value for it is refused, as the browser never sends one. A field the form does not have is
 * refused too: it would otherwise become a process variable nobody asked for. What a form cannot
 * declare is checked after, by the form's record (see {@link FormRecords}).
 *
 * <p>A form using a rule this class does not enforce is refused when it is read ({@link
 * FormCatalog#requireEnforceable}), so the browser and the server never disagree in silence.
 */
@Component
class FormValidator {

  /** The field types the server checks; {@link FormCatalog} admits no form with another input. */
  static final Set<String> INPUT_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "radio",
          "select",
          "checklist",
          "taglist",
          "datetime");

  private static final int DEFAULT_MAX_TEXT = 4000;
  private static final String TOO_MANY_DECIMALS = "must have no more than ";

  /** One address on one line: no spaces, no line breaks, one @ with a dotted domain. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final FormRecords records;
  private final Clock clock;

  /**
   * @param owners the modules that own tasks, with the records of their forms
   */
  FormValidator(Clock clock, List<SubmissionRules> owners) {
    this.records = new FormRecords(clock, owners);
    this.clock = clock;
  }

  /**
   * @param taskVariables what the form was opened with: its conditions read them, as in form-js
   */
  Result validate(JsonNode form, Map<String, Object> taskVariables, Map<String, Object> submitted) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> clean = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    Map<String, Object> data = new HashMap<>(taskVariables);
    data.putAll(submitted);

    for (JsonNode component : form.path("components")) {
      String type = component.path("type").asText();
      if (!INPUT_TYPES.contains(type)) {
        continue;
      }
      String key = component.path("key").asText();
      known.add(key);
      Object value = submitted.get(key);
      boolean empty = isEmpty(value) || Boolean.FALSE.equals(value) && "checkbox".equals(type);
      if (hidden(component, data)) {
        if (!empty) {
          errors.add(
              new FieldError(
                  key,
                  "not-applicable",
                  null,
                  "does not apply to the answers given: the form hides it ("
                      + component.path("conditional").path("hide").asText()
                      + ")"));
        } else if ("checkbox".equals(type)) {
          clean.put(key, false);
        }
        continue;
      }
      JsonNode rules = component.path("validate");
      if (empty) {
        if (rules.path("required").asBoolean(false)) {
          errors.add(new FieldError(key, "is required"));
        } else if ("checkbox".equals(type)) {
          clean.put(key, false);
        }
        continue;
      }
      FieldError problem = problem(component, key, value);
      if (problem != null) {
        errors.add(problem);
      } else {
        clean.put(key, value instanceof String s ? s.strip() : value);
      }
    }
    for (String key : submitted.keySet()) {
      if (!known.contains(key)) {
        errors.add(new FieldError(key, "is not a field of this form"));
      }
    }
    if (errors.isEmpty()) {
      errors.addAll(records.check(form.path("id").asText(), known, clean, taskVariables));
    }
    return new Result(clean, errors);
  }

  /**
   * What is wrong with a value given for a shown field, by the rules its type declares; or null.
   */
  private FieldError problem(JsonNode component, String key, Object value) {
    String type = component.path("type").asText();
    JsonNode rules = component.path("validate");
    String problem =
        switch (type) {
          case "textfield", "textarea" -> checkText(value, rules);
          case "number" -> checkNumber(value, rules, component.path("decimalDigits"));
          case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
          case "radio", "select" -> checkChoice(value, component.path("values"));
          case "checklist", "taglist" -> checkChoices(value, component.path("values"));
          case "datetime" -> checkDate(value, component.path("disallowPassedDates"));
          default -> throw new IllegalStateException("No check for " + type);
        };
    if (problem == null) {
      return null;
    }
    return problem.startsWith(TOO_MANY_DECIMALS)
        ? new FieldError(key, "too-many-decimals", component.path("decimalDigits").asInt(), problem)
        : new FieldError(key, problem);
  }

  private static boolean hidden(JsonNode component, Map<String, Object> data) {
    JsonNode hide = component.path("conditional").path("hide");
    return hide.isTextual() && FormCondition.parse(hide.asText()).holds(data);
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof List<?> list && list.isEmpty());
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

  private static String checkNumber(Object value, JsonNode rules, JsonNode decimalDigits) {
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
    if (decimalDigits.isInt() && decimal.stripTrailingZeros().scale() > decimalDigits.asInt()) {
      return TOO_MANY_DECIMALS + decimalDigits.asInt() + " decimal places";
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

  /** Options ticked in a checklist or tags chosen: each one of the form's, each once. */
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

  private String checkDate(Object value, JsonNode disallowPassedDates) {
    if (!(value instanceof String text)) {
      return "must be a date (YYYY-MM-DD)";
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isBefore(SaneDate.EARLIEST) || date.isAfter(SaneDate.LATEST)) {
        return "must be between " + SaneDate.EARLIEST + " and " + SaneDate.LATEST;
      }
      if (disallowPassedDates.asBoolean(false)
          && date.isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
        return "must not be in the past";
      }
      return null;
    } catch (DateTimeParseException e) {
      return "must be a date (YYYY-MM-DD)";
    }
  }

  record Result(Map<String, Object> variables, List<FieldError> errors) {}
}
