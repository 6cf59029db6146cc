package com.exitdesk.writing;

import java.util.List;

/**
 * One thing worth a second look in a text.
 *
 * @param offset where it starts, in UTF-16 code units as JavaScript counts them
 * @param length how many code units it covers
 * @param kind spelling, grammar or tone
 * @param rule what found it: a tone category (BLAME, THREAT, ...) or LanguageTool's rule id
 * @param message why, in the text's language
 * @param suggestions replacements to offer, best first; empty when none is known
 */
public record Finding(
    int offset, int length, Kind kind, String rule, String message, List<String> suggestions) {

  public enum Kind {
    SPELLING,
    GRAMMAR,
    TONE
  }

  public Finding {
    suggestions = List.copyOf(suggestions);
  }

  int end() {
    return offset + length;
  }

  boolean overlaps(Finding other) {
    return offset < other.end() && other.offset < end();
  }
}
