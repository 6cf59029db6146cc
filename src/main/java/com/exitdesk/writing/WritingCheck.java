package com.exitdesk.writing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A second pair of eyes on text that goes to a client: spelling and grammar (LanguageTool) and our
 * own tone rules, in the client's language. It only reports; nothing is ever blocked.
 */
@Service
public class WritingCheck {

  /** What a single request may check: a letter's free text is far shorter. */
  public static final int MAX_LENGTH = 10_000;

  private final Map<WritingLanguage, ToneRules> tone = new EnumMap<>(WritingLanguage.class);
  private final SpellingAndGrammar spellingAndGrammar;

  WritingCheck(@Value("${exitdesk.writing.pool-size:2}") int poolSize) {
    Map<WritingLanguage, Set<String>> disabled = new EnumMap<>(WritingLanguage.class);
    for (WritingLanguage language : WritingLanguage.values()) {
      ToneRules rules = ToneRules.load(language);
      tone.put(language, rules);
      disabled.put(language, rules.disabledLanguageToolRules());
    }
    this.spellingAndGrammar = new SpellingAndGrammar(disabled, poolSize);
  }

  /**
   * The findings in the text, by position. Where a tone rule and LanguageTool flag the same words,
   * the tone finding stays: it says why the words hurt, not only how they are spelt.
   */
  public List<Finding> check(String text, WritingLanguage language) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Finding> toneFindings = tone.get(language).check(text);
    List<Finding> all = new ArrayList<>(toneFindings);
    for (Finding finding : spellingAndGrammar.check(text, language)) {
      if (toneFindings.stream().noneMatch(finding::overlaps)) {
        all.add(finding);
      }
    }
    all.sort(Comparator.comparingInt(Finding::offset).thenComparing(Finding::kind));
    return all;
  }

  /** Builds and exercises a checker per language, so the first person to type waits for none. */
  public void warmUp() {
    check("Thank you for your patience; we will send the plan on Monday.", WritingLanguage.EN);
    check("Gracias por su paciencia; le enviaremos el plan el lunes.", WritingLanguage.ES);
  }
}
