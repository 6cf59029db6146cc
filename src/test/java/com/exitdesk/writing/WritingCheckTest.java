package com.exitdesk.writing;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.writing.Finding.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table tests of the writing check per language: texts with known typos, grammar errors and tone
 * problems produce the expected findings; the golden letters' own sentences produce none.
 */
class WritingCheckTest {

  /** The messages a client receives; the approval reminder goes to managers. */
  private static final List<String> CLIENT_MESSAGES =
      List.of(
          "termination_notice",
          "termination_notice_declined",
          "renegotiation_proposal",
          "proposal_reminder");

  private static WritingCheck check;

  @BeforeAll
  static void load() {
    check = new WritingCheck(1);
  }

  static Stream<Arguments> goldenSentences() throws IOException {
    List<Arguments> sentences = new ArrayList<>();
    for (String message : CLIENT_MESSAGES) {
      for (WritingLanguage language : WritingLanguage.values()) {
        Path golden =
            Path.of("src/test/resources/golden", message + "." + language.code() + ".txt");
        for (String line : Files.readAllLines(golden)) {
          String sentence = line.strip();
          // Headings in capitals and the footer rule are the template's, never typed by staff.
          if (sentence.chars().anyMatch(Character::isLowerCase)) {
            sentences.add(Arguments.of(language, sentence));
          }
        }
      }
    }
    return sentences.stream();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} {3} at \"{4}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EN | We will send the finall report on Monday.            | SPELLING |          | finall
          EN | Their is no reason to delay the handover.            | GRAMMAR  |          | Their
          EN | We has finished the catalogue.                       | GRAMMAR  |          | has
          EN | This is all your fault.                              | TONE     | BLAME    | This is all your fault
          EN | You never answer our emails.                         | TONE     | BLAME    | You never answer
          EN | Your team is incompetent.                            | TONE     | INSULT   | incompetent
          EN | Otherwise we will take legal action.                 | TONE     | THREAT   | legal action
          EN | This was the third strike.                           | TONE     | INTERNAL | third strike
          EN | The warning signs were there from the start.         | TONE     | INTERNAL | warning signs
          EN | WE ARE DONE WITH THIS.                               | TONE     | SHOUTING | WE ARE DONE WITH THIS
          EN | Please reply today!!!                                | TONE     | SHOUTING | !!!
          EN | Obviously, the plan did not work.                    | TONE     | SARCASM  | Obviously
          ES | Le enviaremos todos los archibos el lunes.           | SPELLING |          | archibos
          ES | Los entregables estará listos el lunes.              | GRAMMAR  |          | estará listos
          ES | Es culpa suya que el proyecto se retrasara.          | TONE     | BLAME    | Es culpa suya
          ES | Usted nunca responde a nuestros correos.             | TONE     | BLAME    | Usted nunca responde
          ES | Su equipo es incompetente.                           | TONE     | INSULT   | incompetente
          ES | De lo contrario emprenderemos acciones legales.      | TONE     | THREAT   | acciones legales
          ES | Este es su tercer hito.                              | TONE     | INTERNAL | tercer hito
          ES | Hubo maltrato verbal en la reunión.                  | TONE     | INTERNAL | maltrato verbal
          ES | NO VAMOS A SEGUIR ASÍ.                               | TONE     | SHOUTING | NO VAMOS A SEGUIR ASÍ
          ES | ¡¡Responda hoy!!                                     | TONE     | SHOUTING | ¡¡
          ES | Obviamente, el plan no funcionó.                     | TONE     | SARCASM  | Obviamente
          """)
  void aKnownProblemIsFound(
      WritingLanguage language, String text, Kind kind, String rule, String flagged) {
    List<Finding> findings = check.check(text, language);

    assertThat(findings)
        .as("findings in %s", text)
        .anySatisfy(
            finding -> {
              assertThat(finding.kind()).isEqualTo(kind);
              assertThat(text.substring(finding.offset(), finding.offset() + finding.length()))
                  .isEqualTo(flagged);
              if (rule != null) {
                assertThat(finding.rule()).isEqualTo(rule);
              }
              assertThat(finding.message()).isNotBlank();
            });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("goldenSentences")
  void theGoldenLettersSentencesProduceNoFinding(WritingLanguage language, String sentence) {
    assertThat(check.check(sentence, language)).isEmpty();
  }
}
