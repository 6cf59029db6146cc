package com.exitdesk.writing;

import com.exitdesk.writing.Finding.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.ResultCache;
import org.languagetool.rules.Categories;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool in-process. A {@link JLanguageTool} is not thread-safe and costs a second or two to
 * build (dictionaries, taggers, rule files), so each language keeps a small pool of them, built on
 * first use and reused; the language data behind them is shared.
 */
final class SpellingAndGrammar {

  /** LanguageTool marks suggested words in its messages; the person reads them quoted. */
  private static final Pattern SUGGESTION_TAGS = Pattern.compile("</?suggestion>");

  /**
   * Sentences already checked, per language: a person typing sends the whole text again at each
   * pause, and only the sentence being typed has changed.
   */
  private static final int CACHED_SENTENCES = 20_000;

  /** More suggestions than this are noise in a one-click list. */
  private static final int MAX_SUGGESTIONS = 5;

  private final int poolSize;
  private final Map<WritingLanguage, Pool> pools = new EnumMap<>(WritingLanguage.class);

  SpellingAndGrammar(Map<WritingLanguage, Set<String>> disabledRules, int poolSize) {
    this.poolSize = poolSize;
    for (WritingLanguage language : WritingLanguage.values()) {
      pools.put(language, new Pool(language, disabledRules.getOrDefault(language, Set.of())));
    }
  }

  List<Finding> check(String text, WritingLanguage language) {
    Pool pool = pools.get(language);
    JLanguageTool tool = pool.borrow();
    try {
      List<Finding> findings = new ArrayList<>();
      for (RuleMatch match : tool.check(text)) {
        if (!looksLikeAName(text, match)) {
          findings.add(finding(match, language));
        }
      }
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.giveBack(tool);
    }
  }

  /**
   * A capitalised word mid-sentence that the dictionary does not know is almost always a name (a
   * person, a company, a product: "Estudio Norte", "María Sáez"), which staff type all the time and
   * spell as the client does. A typo at the start of a sentence is still reported.
   */
  private static boolean looksLikeAName(String text, RuleMatch match) {
    if (!isSpelling(match)) {
      return false;
    }
    int from = match.getFromPos();
    if (from >= text.length() || !Character.isUpperCase(text.charAt(from))) {
      return false;
    }
    for (int i = from - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == '"' || c == '«' || c == '“') {
        continue;
      }
      return !(c == '.' || c == '!' || c == '?' || c == '¡' || c == '¿' || c == ':');
    }
    return false;
  }

  /**
   * A dictionary's verdict on a word. A match served from the sentence cache carries a stand-in for
   * its rule, so the rule's class alone does not tell; its category does.
   */
  private static boolean isSpelling(RuleMatch match) {
    Rule rule = match.getRule();
    return rule instanceof SpellingCheckRule
        || rule.isDictionaryBasedSpellingRule()
        || (rule.getCategory() != null
            && Categories.TYPOS.getId().equals(rule.getCategory().getId()));
  }

  private static Finding finding(RuleMatch match, WritingLanguage language) {
    boolean spelling = isSpelling(match);
    String open = language == WritingLanguage.ES ? "«" : "“";
    String close = language == WritingLanguage.ES ? "»" : "”";
    String message =
        match.getMessage().replace("<suggestion>", open).replace("</suggestion>", close);
    message = SUGGESTION_TAGS.matcher(message).replaceAll("");
    List<String> suggestions = match.getSuggestedReplacements();
    return new Finding(
        match.getFromPos(),
        match.getToPos() - match.getFromPos(),
        spelling ? Kind.SPELLING : Kind.GRAMMAR,
        match.getRule().getId(),
        message,
        suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())));
  }

  private final class Pool {
    private final WritingLanguage language;
    private final Set<String> disabledRules;
    private final BlockingQueue<JLanguageTool> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger built = new AtomicInteger();
    private final ResultCache cache = new ResultCache(CACHED_SENTENCES, 1, TimeUnit.HOURS);

    Pool(WritingLanguage language, Set<String> disabledRules) {
      this.language = language;
      this.disabledRules = disabledRules;
    }

    JLanguageTool borrow() {
      JLanguageTool tool = idle.poll();
      if (tool != null) {
        return tool;
      }
      if (built.incrementAndGet() <= poolSize) {
        return build();
      }
      built.decrementAndGet();
      try {
        tool = idle.poll(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted waiting for the writing check", e);
      }
      if (tool == null) {
        throw new IllegalStateException("The writing check is busy; try again");
      }
      return tool;
    }

    void giveBack(JLanguageTool tool) {
      idle.add(tool);
    }

    private JLanguageTool build() {
      Language lt = Languages.getLanguageForShortCode(language.languageToolCode());
      JLanguageTool tool = new JLanguageTool(lt, null, cache);
      for (String rule : disabledRules) {
        tool.disableRule(rule);
      }
      return tool;
    }
  }
}
