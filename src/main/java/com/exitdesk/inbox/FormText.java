package com.exitdesk.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the case data into a form's text components before the browser sees the form. form-js
 * renders a text component as Markdown with HTML, so a justification holding {@code [portal](...)}
 * or {@code <img src=...>} would become a live link or a tracking pixel in a manager's form. Every
 * value is escaped here, so it shows as the characters the person typed and nothing else.
 */
final class FormText {

  /** A form-js template expression naming a variable: {@code {{justification}}}. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*}}");

  /** Markdown's punctuation (CommonMark lets any ASCII punctuation be backslash-escaped). */
  private static final Pattern MARKDOWN = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!|~>]");

  private FormText() {}

  /** A copy of the form with each text component's placeholders replaced by escaped values. */
  static JsonNode filled(JsonNode form, Map<String, Object> variables) {
    if (form == null) {
      return null;
    }
    JsonNode copy = form.deepCopy();
    fill(copy.path("components"), variables);
    return copy;
  }

  private static void fill(JsonNode components, Map<String, Object> variables) {
    for (JsonNode component : components) {
      if (component instanceof ObjectNode object
          && "text".equals(component.path("type").asText())
          && component.path("text").isTextual()) {
        object.put("text", substitute(component.path("text").asText(), variables));
      }
      fill(component.path("components"), variables);
    }
  }

  static String substitute(String template, Map<String, Object> variables) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      Object value = lookup(variables, placeholder.group(1));
      placeholder.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? "" : escape(asText(value))));
    }
    placeholder.appendTail(out);
    return out.toString();
  }

  private static Object lookup(Map<String, Object> variables, String path) {
    Object value = variables;
    for (String key : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(key);
    }
    return value instanceof Map<?, ?> || value instanceof List<?> ? null : value;
  }

  /** As the browser would print the value: 50.0 is 50. */
  private static String asText(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  /** Plain text that Markdown and HTML both show as written, on one line. */
  static String escape(String text) {
    String html =
        text.replaceAll("\\R", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return MARKDOWN.matcher(html).replaceAll("\\\\$0");
  }
}
