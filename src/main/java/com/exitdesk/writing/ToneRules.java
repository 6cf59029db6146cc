package com.exitdesk.writing;

import com.exitdesk.writing.Finding.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Our own tone rules for one language, read from {@code writing/tone_<language>.yaml}: the wording
 * of what we flag and why is data, reviewed like the letters' wording, not code.
 */
final class ToneRules {

  /** Only whole words: "rude" must not flag "prudent", "vago" not "divagación". */
  private static final String BEFORE = "(?<![\\p{L}\\p{N}_])";

  private static final String AFTER = "(?![\\p{L}\\p{N}_])";

  /**
   * Three or more words in capitals in a row, or one of five letters or more: an acronym (PDF, IVA,
   * NDA) or a company's initials (ACME SL) stay calm; "YOU ARE LATE" or "NEVER" do not.
   */
  private static final Pattern CAPITALS =
      Pattern.compile(
          BEFORE
              + "(\\p{Lu}{2,}(?:[\\s,;:.!?¡¿-]+\\p{Lu}+){2,}|\\p{Lu}{5,}(?:[\\s,;:.!?¡¿-]+\\p{Lu}+)*)"
              + AFTER);

  /** "!!", "!!!", "?!" and their Spanish openings: more than one mark reads as anger. */
  private static final Pattern EXCLAMATIONS = Pattern.compile("[!¡]{2,}|[?¿][!¡]+|[!¡]+[?¿]");

  private final List<Rule> rules;
  private final String capitalsWhy;
  private final String exclamationsWhy;
  private final List<String> exclamationsCalmer;
  private final Set<String> disabledLanguageToolRules;

  private record Rule(String category, Pattern pattern, String why, List<String> calmer) {}

  private ToneRules(
      List<Rule> rules,
      String capitalsWhy,
      String exclamationsWhy,
      List<String> exclamationsCalmer,
      Set<String> disabledLanguageToolRules) {
    this.rules = rules;
    this.capitalsWhy = capitalsWhy;
    this.exclamationsWhy = exclamationsWhy;
    this.exclamationsCalmer = exclamationsCalmer;
    this.disabledLanguageToolRules = disabledLanguageToolRules;
  }

  static ToneRules load(WritingLanguage language) {
    String resource = "writing/tone_" + language.code() + ".yaml";
    try (InputStream in = ToneRules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing tone rules " + resource);
      }
      Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return parse(data, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ToneRules parse(Map<String, Object> data, String resource) {
    List<Rule> rules = new ArrayList<>();
    for (Map<String, Object> rule : (List<Map<String, Object>>) data.get("rules")) {
      String category = required(rule, "category", resource);
      String why = required(rule, "why", resource);
      List<String> calmer = (List<String>) rule.getOrDefault("calmer", List.of());
      for (String match : (List<String>) rule.get("match")) {
        Pattern pattern =
            Pattern.compile(
                BEFORE + "(?:" + match.replace(" ", "\\s+") + ")" + AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        rules.add(new Rule(category, pattern, why, calmer));
      }
    }
    Map<String, Map<String, Object>> shouting =
        (Map<String, Map<String, Object>>) data.get("shouting");
    Set<String> disabled =
        ((List<Map<String, String>>) data.getOrDefault("disabled-languagetool-rules", List.of()))
            .stream()
                .map(
                    entry -> {
                      if (entry.get("why") == null || entry.get("why").isBlank()) {
                        throw new IllegalStateException(
                            resource + ": say why " + entry.get("rule") + " is disabled");
                      }
                      return entry.get("rule");
                    })
                .collect(Collectors.toUnmodifiableSet());
    return new ToneRules(
        List.copyOf(rules),
        required(shouting.get("capitals"), "why", resource),
        required(shouting.get("exclamations"), "why", resource),
        (List<String>) shouting.get("exclamations").getOrDefault("calmer", List.of()),
        disabled);
  }

  private static String required(Map<String, Object> map, String key, String resource) {
    Object value = map == null ? null : map.get(key);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(resource + ": a rule has no " + key);
    }
    return text;
  }

  /** The LanguageTool rules this language's file turns off, each with its reason there. */
  Set<String> disabledLanguageToolRules() {
    return disabledLanguageToolRules;
  }

  /** Tone findings, longest first where two rules flag the same words, without overlaps. */
  List<Finding> check(String text) {
    List<Finding> found = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        found.add(
            new Finding(
                m.start(),
                m.end() - m.start(),
                Kind.TONE,
                rule.category(),
                rule.why(),
                rule.calmer()));
      }
    }
    Matcher capitals = CAPITALS.matcher(text);
    while (capitals.find()) {
      String shouted = capitals.group(1);
      found.add(
          new Finding(
              capitals.start(1),
              shouted.length(),
              Kind.TONE,
              "SHOUTING",
              capitalsWhy,
              List.of(calmCase(text, capitals.start(1), shouted))));
    }
    Matcher exclamations = EXCLAMATIONS.matcher(text);
    while (exclamations.find()) {
      found.add(
          new Finding(
              exclamations.start(),
              exclamations.end() - exclamations.start(),
              Kind.TONE,
              "SHOUTING",
              exclamationsWhy,
              exclamationsCalmer));
    }
    found.sort(
        (a, b) ->
            a.offset() != b.offset()
                ? Integer.compare(a.offset(), b.offset())
                : Integer.compare(b.length(), a.length()));
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : found) {
      if (kept.stream().noneMatch(finding::overlaps)) {
        kept.add(finding);
      }
    }
    return kept;
  }

  /** The shouted words in lower case, with a capital where a sentence starts. */
  private static String calmCase(String text, int start, String shouted) {
    String lower = shouted.toLowerCase(java.util.Locale.ROOT);
    if (sentenceStartsAt(text, start)) {
      return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
    return lower;
  }

  private static boolean sentenceStartsAt(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '¡' || c == '¿' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':';
    }
    return true;
  }
}
