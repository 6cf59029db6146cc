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

  /** Calm texts as staff type them into the client-facing fields: lists, lines, names, amounts. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EN | 1) Two handover sessions with your new agency\\n2) A written summary of open items\\n3) Access to the shared drive until 30 April
          EN | - Monthly catalogue update, up to 20 pages\\n- One landing page per quarter
          EN | Changes after sign-off are billed as extra work. We answer within two working days.
          EN | Studio North, Atlas Partners
          EN | A full export of your assets (PDF, PSD and the source files) within 10 days, by email to ana.lopez@example.com.
          EN | We will refund €250.00 by bank transfer.
          EN | Olivia Ortega will coordinate the handover; you can reach her on +34 910 000 001.
          EN | We were prudent with the budget; the PDF and the NDA from ACME SL are attached.
          EN | We will send the SEO report for Q1 2027 by e-mail, e.g. the KPIs agreed at sign-off.
          EN | The new scope covers the online shop only, i.e. no print work, and feedback within two days.
          ES | 1) Dos sesiones de traspaso con su nueva agencia\\n2) Un resumen escrito de los temas abiertos\\n3) Acceso a la carpeta compartida hasta el 30 de abril
          ES | - Actualización mensual del catálogo, hasta 20 páginas\\n- Una página de aterrizaje al trimestre
          ES | Los cambios posteriores a la aprobación se facturan como trabajo adicional. Respondemos en un plazo de dos días laborables.
          ES | Estudio Norte, Atlas Partners
          ES | Una exportación completa de sus archivos (PDF, PSD y los ficheros fuente) en un plazo de 10 días, por correo a ana.lopez@example.com.
          ES | Le reembolsaremos 250,00 € mediante transferencia bancaria.
          ES | Olivia Ortega coordinará el traspaso; puede llamarla al +34 910 000 001.
          ES | Fuimos prudentes con el presupuesto; adjuntamos el PDF y el NDA de ACME SL.
          ES | Le enviaremos por email el informe SEO del primer trimestre de 2027, p. ej. los KPI acordados.
          ES | El nuevo alcance cubre solo la tienda online, es decir, sin trabajos de imprenta, y el feedback en dos días.
          """)
  void calmStaffTextsProduceNoFinding(WritingLanguage language, String text) {
    String typed = text.replace("\\n", "\n");
    assertThat(check.check(typed, language)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("goldenSentences")
  void theGoldenLettersSentencesProduceNoFinding(WritingLanguage language, String sentence) {
    assertThat(check.check(sentence, language)).isEmpty();
  }
}
