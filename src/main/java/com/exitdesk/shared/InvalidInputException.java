package com.exitdesk.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Input that breaks a rule, named field by field: answered with 400. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input"));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  /**
   * One field's problem: {@code code} is stable for clients to translate, {@code limit} the number
   * the rule names (a length, a minimum), {@code message} the English words for API clients.
   */
  public record FieldError(String field, String code, Object limit, String message) {

    public FieldError(String field, String message) {
      this(field, codeOf(message), limitOf(message), message);
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final List<String[]> CODES =
        List.of(
            new String[] {"is required", "required"},
            new String[] {"must not be blank", "required"},
            new String[] {"must not be null", "required"},
            new String[] {"must not be empty", "required"},
            new String[] {"must have at least", "too-short"},
            new String[] {"must have at most", "too-long"},
            new String[] {"size must be between", "length"},
            new String[] {"must be at least", "too-small"},
            new String[] {"must be greater than or equal", "too-small"},
            new String[] {"must be greater than", "too-small"},
            new String[] {"must be at most", "too-large"},
            new String[] {"must be less than or equal", "too-large"},
            new String[] {"must be between", "out-of-range"},
            new String[] {"must be 0 or more", "too-small"},
            new String[] {"must not be in the future", "in-the-future"},
            new String[] {"must be a date in the past or in the present", "in-the-future"},
            new String[] {"must not be in the past", "in-the-past"},
            new String[] {"must be one of", "not-an-option"},
            new String[] {"is not a known field", "unknown-field"},
            new String[] {"is not a field of this form", "unknown-field"},
            new String[] {"must be a well-formed email address", "email"},
            new String[] {"must be after", "not-after"},
            new String[] {"must not contain control characters", "control-characters"},
            new String[] {"is out of range", "out-of-range"},
            new String[] {"is not valid JSON", "malformed"},
            new String[] {"must be a date", "not-a-date"},
            new String[] {"must be a number", "not-a-number"},
            new String[] {"must be a finite number", "not-a-number"},
            new String[] {"must be text", "not-text"},
            new String[] {"must be 1 to 100 visible ASCII characters", "invalid-value"},
            new String[] {"has an invalid value", "invalid-value"},
            new String[] {"has the wrong type", "invalid-value"});

    private static String codeOf(String message) {
      if (message == null) {
        return "invalid";
      }
      for (String[] code : CODES) {
        if (message.startsWith(code[0])) {
          return code[1];
        }
      }
      return "invalid";
    }

    private static Object limitOf(String message) {
      if (message == null || message.startsWith("must be 1 to 100")) {
        return null;
      }
      Matcher number = NUMBER.matcher(message);
      return number.find() ? number.group() : null;
    }
  }
}
