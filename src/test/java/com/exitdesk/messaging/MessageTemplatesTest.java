package com.exitdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The templates on their own: golden files catch any change of wording, hostile client data stays
 * data, and a missing fact stops the rendering.
 *
 * <p>After an intended wording change, regenerate the golden files with {@code ./mvnw test
 * -Dtest=MessageTemplatesTest -Dgolden.update=true} and review the diff.
 */
class MessageTemplatesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final MessageTemplates templates =
      new MessageTemplates(
          new MessageBundles(),
          new MessagingProperties(
              "Studio Ortega", "hello@ortega.example", "managers@ortega.example", "en", "UTC"));

  static Stream<Arguments> kindsAndLanguages() {
    return Stream.of(MessageKind.values())
        .flatMap(kind -> Stream.of("en", "es").map(language -> Arguments.of(kind, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("kindsAndLanguages")
  void rendersExactlyAsApproved(MessageKind kind, String language) throws IOException {
    RenderedMessage rendered = templates.render(kind, language, model(kind, "Grupo Ferro Norte"));

    String name = kind.name().toLowerCase() + "." + language;
    golden(name + ".subject.txt", rendered.subject());
    golden(name + ".txt", rendered.bodyText());
    golden(name + ".html", rendered.bodyHtml());
    if (rendered.letterHtml() != null) {
      golden(name + ".letter.html", rendered.letterHtml());
    }
  }

  @Test
  void spanishDatesMoneyAndPluralsFollowSpanishConventions() {
    RenderedMessage notice =
        templates.render(
            MessageKind.TERMINATION_NOTICE, "es", model(MessageKind.TERMINATION_NOTICE, "Ferro"));

    assertThat(notice.subject()).isEqualTo("Aviso de finalización de nuestro acuerdo");
    assertThat(notice.bodyText())
        .contains("31 de marzo de 2027", "250,00\u00a0€", "Había 2 entregables pendientes");
    RenderedMessage english =
        templates.render(
            MessageKind.TERMINATION_NOTICE, "en", model(MessageKind.TERMINATION_NOTICE, "Ferro"));
    assertThat(english.bodyText())
        .contains("March 31, 2027", "€250.00", "2 deliverables were outstanding");
  }

  @Test
  void oneOutstandingDeliverableIsSingular() {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Ferro");
    model.put("deliverables", List.of(deliverable("Catalogue 2027", true)));

    assertThat(templates.render(MessageKind.TERMINATION_NOTICE, "en", model).bodyText())
        .contains("One deliverable was outstanding");
    assertThat(templates.render(MessageKind.TERMINATION_NOTICE, "es", model).bodyText())
        .contains("Había un entregable pendiente");
  }

  @Test
  void hostileClientDataIsEscapedInHtmlAndNeverEvaluated() {
    String hostile = "<script>alert('x')</script> ${7*7} <#assign owned=1> #{1+1}";
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, hostile);
    model.put("justification", "<img src=x onerror=alert(1)> ${'x'?upper_case}");

    RenderedMessage rendered = templates.render(MessageKind.TERMINATION_NOTICE, "en", model);

    assertThat(rendered.bodyHtml())
        .doesNotContain("<script>", "<img")
        .contains(
            "&lt;script&gt;",
            "&lt;img src=x onerror=alert(1)&gt;",
            "${7*7}",
            "${&#39;x&#39;?upper_case}")
        .doesNotContain(">49<", ">X<");
    assertThat(rendered.letterHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(rendered.bodyText()).contains(hostile);
  }

  @Test
  void aLineBreakThatWouldReachTheSubjectIsRefused() {
    Map<String, Object> model =
        model(MessageKind.APPROVAL_REMINDER, "Acme\r\nBcc: victim@evil.example");

    assertThatThrownBy(() -> templates.render(MessageKind.APPROVAL_REMINDER, "en", model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
  }

  @Test
  void aMissingFactStopsTheRenderingInsteadOfPrintingABlank() {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Ferro");
    model.remove("handoverPlan");

    assertThatThrownBy(() -> templates.render(MessageKind.TERMINATION_NOTICE, "en", model))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("handoverPlan");
  }

  @Test
  void templatesCannotInstantiateClassesOrReachJavaApis() {
    assertThatThrownBy(() -> templates.process("test/new-builtin.ftlh", new HashMap<>()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Execute");
    assertThatThrownBy(
            () -> templates.process("test/api-builtin.ftlh", Map.of("clientName", "Ferro")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("api");
  }

  @Test
  void theLetterBecomesAPdfThatNamesTheClientTheDateAndTheReasons() throws IOException {
    RenderedMessage rendered =
        templates.render(
            MessageKind.TERMINATION_NOTICE,
            "es",
            model(MessageKind.TERMINATION_NOTICE, "Grupo Ferro Norte"));

    byte[] pdf = templates.pdf(rendered.letterHtml());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Grupo Ferro Norte", "31 de marzo de 2027", "Cambios de alcance constantes");
    }
  }

  private static Map<String, Object> model(MessageKind kind, String clientName) {
    Map<String, Object> model = new HashMap<>();
    model.put("clientName", clientName);
    switch (kind) {
      case RENEGOTIATION_PROPOSAL -> {
        model.put("scope", "Monthly catalogue updates, up to 20 pages.");
        model.put("boundaries", "Changes after sign-off are billed as extra work.");
        model.put("communicationChannel", "VIDEO_CALL");
        model.put("checkInCadence", "BIWEEKLY");
        model.put("monthlyFee", new BigDecimal("3400.00"));
        model.put("currency", "EUR");
        model.put("deadline", Instant.parse("2026-12-04T10:00:00Z"));
        model.put("answerUrl", "https://desk.example/answer.html#token");
      }
      case PROPOSAL_REMINDER -> {
        model.put("proposedOn", Instant.parse("2026-11-27T10:00:00Z"));
        model.put("deadline", Instant.parse("2026-12-04T10:00:00Z"));
        model.put("answerUrl", "https://desk.example/answer.html#token");
      }
      case TERMINATION_NOTICE -> {
        model.put("caseId", 42L);
        model.put("today", LocalDate.of(2026, 11, 23));
        model.put("exitDate", LocalDate.of(2027, 3, 31));
        model.put("terminationClause", "Clause 12.2: 30 days' written notice");
        model.put("recommendation", "EXIT");
        model.put("justification", "Cambios de alcance constantes que el equipo no puede asumir.");
        model.put(
            "deliverables",
            List.of(deliverable("Catalogue 2027", true), deliverable("Shop migration", false)));
        model.put("handoverPlan", "Two handover sessions with your new agency.");
        model.put("dataReturn", "A full export of your assets within 10 days.");
        model.put("alternatives", "Studio North, Atlas Partners");
        model.put("transitionContact", "Olivia Ortega");
        model.put("currency", "EUR");
        model.put("refundAmount", new BigDecimal("250.00"));
      }
      case APPROVAL_REMINDER -> {
        model.put("caseId", 42L);
        model.put("waitingSince", Instant.parse("2026-11-20T09:30:00Z"));
      }
    }
    return model;
  }

  private static Map<String, Object> deliverable(String title, boolean done) {
    Map<String, Object> line = new HashMap<>();
    line.put("title", title);
    line.put("done", done);
    line.put("dueDate", LocalDate.of(2027, 1, 15));
    if (done) {
      line.put("deliveredOn", LocalDate.of(2026, 11, 20));
    }
    return line;
  }

  private static void golden(String file, String actual) throws IOException {
    Path path = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(path, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(path).as("golden file " + file + " (create it with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
  }
}
