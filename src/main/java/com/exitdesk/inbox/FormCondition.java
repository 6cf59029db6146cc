package com.exitdesk.inbox;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A form field's {@code conditional.hide} expression, so the server hides exactly the fields the
 * browser hides. The FEEL engine itself is not on the production classpath (it brings Scala), so
 * this reads the part of FEEL the forms use: {@code name = literal}, {@code name != literal} with
 * text, number, boolean or null literals, joined by {@code and}/{@code or}, {@code not(...)} and
 * parentheses. Anything else is refused when the form is read, never guessed at submission time;
 * FormConditionTest checks every expression of bpmn/ against the real FEEL engine.
 */
final class FormCondition {

  private final String expression;
  private final Predicate<Map<String, Object>> test;

  private FormCondition(String expression, Predicate<Map<String, Object>> test) {
    this.expression = expression;
    this.test = test;
  }

  /** Reads an expression as the Camunda Modeler writes it, with its leading {@code =}. */
  static FormCondition parse(String expression) {
    String body = expression.strip();
    if (!body.startsWith("=")) {
      throw new IllegalArgumentException("Not a FEEL expression (no leading '='): " + expression);
    }
    Parser parser = new Parser(expression, body.substring(1));
    Predicate<Map<String, Object>> test = parser.disjunction();
    parser.skipSpaces();
    if (!parser.atEnd()) {
      throw parser.unsupported();
    }
    return new FormCondition(expression, test);
  }

  boolean holds(Map<String, Object> data) {
    return test.test(data);
  }

  @Override
  public String toString() {
    return expression;
  }

  /** Recursive descent over: or-list of and-lists of (not(...) | (...) | comparison). */
  private static final class Parser {
    private final String expression;
    private final String text;
    private int at;

    Parser(String expression, String text) {
      this.expression = expression;
      this.text = text;
    }

    Predicate<Map<String, Object>> disjunction() {
      Predicate<Map<String, Object>> result = conjunction();
      while (keyword("or")) {
        result = result.or(conjunction());
      }
      return result;
    }

    private Predicate<Map<String, Object>> conjunction() {
      Predicate<Map<String, Object>> result = term();
      while (keyword("and")) {
        result = result.and(term());
      }
      return result;
    }

    private Predicate<Map<String, Object>> term() {
      skipSpaces();
      if (keyword("not")) {
        expect('(');
        Predicate<Map<String, Object>> inner = disjunction();
        expect(')');
        return inner.negate();
      }
      if (peek() == '(') {
        at++;
        Predicate<Map<String, Object>> inner = disjunction();
        expect(')');
        return inner;
      }
      String name = name();
      skipSpaces();
      boolean equal;
      if (text.startsWith("!=", at)) {
        equal = false;
        at += 2;
      } else if (peek() == '=') {
        equal = true;
        at++;
      } else {
        throw unsupported();
      }
      Object literal = literal();
      return data -> sameValue(data.get(name), literal) == equal;
    }

    private String name() {
      skipSpaces();
      int start = at;
      while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
        at++;
      }
      if (start == at || !Character.isJavaIdentifierStart(text.charAt(start))) {
        throw unsupported();
      }
      return text.substring(start, at);
    }

    private Object literal() {
      skipSpaces();
      if (peek() == '"') {
        int end = text.indexOf('"', at + 1);
        if (end < 0 || text.substring(at + 1, end).contains("\\")) {
          throw unsupported();
        }
        String value = text.substring(at + 1, end);
        at = end + 1;
        return value;
      }
      int start = at;
      while (at < text.length()
          && (Character.isLetterOrDigit(text.charAt(at))
              || text.charAt(at) == '.'
              || text.charAt(at) == '-')) {
        at++;
      }
      String word = text.substring(start, at);
      return switch (word) {
        case "null" -> null;
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> {
          try {
            yield new BigDecimal(word);
          } catch (NumberFormatException e) {
            throw unsupported();
          }
        }
      };
    }

    /**
     * A whole word, so that a field named {@code order} is not read as {@code or} + {@code der}.
     */
    private boolean keyword(String word) {
      skipSpaces();
      int end = at + word.length();
      if (text.startsWith(word, at)
          && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
        at = end;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      skipSpaces();
      if (peek() != c) {
        throw unsupported();
      }
      at++;
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    void skipSpaces() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    boolean atEnd() {
      return at == text.length();
    }

    IllegalArgumentException unsupported() {
      return new IllegalArgumentException(
          "The form condition "
              + expression
              + " uses FEEL the server cannot evaluate (at character "
              + at
              + "): use name = \"value\", name != \"value\", and, or, not(...)");
    }
  }

  /** FEEL's equality: numbers by value whatever their Java type, null only equal to null. */
  private static boolean sameValue(Object value, Object literal) {
    if (value instanceof Number number && literal instanceof BigDecimal decimal) {
      return new BigDecimal(number.toString()).compareTo(decimal) == 0;
    }
    return Objects.equals(value, literal);
  }
}
