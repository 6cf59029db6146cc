package com.exitdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The templates on their own: golden files catch any change of wording, each rule of a letter a
 * client can trust has its test, hostile client data stays data, and a missing fact stops the
 * rendering.
 *
 * <p>After an intended wording change, regenerate the golden files with {@code ./mvnw test
 * -Dtest=MessageTemplatesTest -Dgolden.update=true} and review the diff. The letters are also
 * rendered to PNG in {@code target/letters/} for a reviewer to look at.
 */
class MessageTemplatesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final MessageTemplates templates = templates("UTC");

  static Stream<Arguments> kindsAndLanguages() {
    return Stream.of(MessageKind.values())
        .flatMap(kind -> Stream.of("en", "es").map(language -> Arguments.of(kind, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("kindsAndLanguages")
  void rendersExactlyAsApproved(MessageKind kind, String language) throws IOException {
    RenderedMessage rendered =
        templates.render(kind, language, written(model(kind, "Grupo Ferro Norte"), language));

    String name = kind.name().toLowerCase(Locale.ROOT) + "." + language;
    golden(name + ".subject.txt", rendered.subject());
    golden(name + ".txt", rendered.bodyText());
    golden(name + ".html", rendered.bodyHtml());
    if (rendered.letterHtml() != null) {
      golden(name + ".letter.html", rendered.letterHtml());
    }
  }

  /** The notice after a declined proposal: other reasons, an agreed early end, no contact name. */
  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "es"})
  void theNoticeAfterADeclinedProposalRendersExactlyAsApproved(String language) throws IOException {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Grupo Ferro Norte");
    declined(model);
    model.remove("contactName");
    RenderedMessage rendered =
        templates.render(MessageKind.TERMINATION_NOTICE, language, written(model, language));

    String name = "termination_notice_declined." + language;
    golden(name + ".subject.txt", rendered.subject());
    golden(name + ".txt", rendered.bodyText());
    golden(name + ".html", rendered.bodyHtml());
    golden(name + ".letter.html", rendered.letterHtml());
  }

  @Test
  void datesMoneyAndPluralsFollowEachLanguagesConventions() {
    RenderedMessage notice =
        templates.render(
            MessageKind.TERMINATION_NOTICE, "es", model(MessageKind.TERMINATION_NOTICE, "Ferro"));

    assertThat(notice.subject())
        .isEqualTo("Notificación de finalización de servicios — efectiva el 31 de marzo de 2027");
    assertThat(notice.bodyText())
        .contains("31 de marzo de 2027", "250,00\u00a0€", "Queda un entregable en curso");
    RenderedMessage english =
        templates.render(
            MessageKind.TERMINATION_NOTICE, "en", model(MessageKind.TERMINATION_NOTICE, "Ferro"));
    // The British order, day before month: see LocaleFormat.
    assertThat(english.subject())
        .isEqualTo("Notice of termination of services — effective 31 March 2027");
    assertThat(english.bodyText())
        .contains("31 March 2027", "€250.00", "One deliverable is still in progress")
        .doesNotContain("March 31");
  }

  @Test
  void onlyWhatIsOwedIsCountedAndDeliveredWorkIsListedApartWithItsDate() {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Ferro");
    model.put(
        "deliverablesDone",
        List.of(
            line("Catalogue 2027", LocalDate.of(2026, 11, 20)),
            line("Brand book", LocalDate.of(2026, 11, 21))));
    model.put("deliverablesOwed", List.of());

    RenderedMessage allDone = templates.render(MessageKind.TERMINATION_NOTICE, "en", model);
    assertThat(allDone.bodyText())
        .contains(
            "All the work we owed you has been delivered.",
            "Catalogue 2027 (delivered on 20 November 2026)",
            "Brand book (delivered on 21 November 2026)")
        .doesNotContain("outstanding", "in progress");

    model.put(
        "deliverablesOwed",
        List.of(
            line("Shop migration", LocalDate.of(2027, 1, 15)),
            line("Newsletter", LocalDate.of(2027, 2, 1))));
    RenderedMessage twoOwed = templates.render(MessageKind.TERMINATION_NOTICE, "es", model);
    assertThat(twoOwed.bodyText())
        .contains(
            "Quedan 2 entregables en curso",
            "Catalogue 2027 (entregado el 20 de noviembre de 2026)",
            "Shop migration (se entregará a más tardar el 15 de enero de 2027)");
    assertThat(twoOwed.letterHtml())
        .contains("<caption>Completados</caption>", "<caption>En curso</caption>");
  }

  @Test
  void theNoticeStatesTheClauseAndNoticePeriodOnlyWhenTheReviewerConfirmedThem() {
    Map<String, Object> model = written(model(MessageKind.TERMINATION_NOTICE, "Ferro"), "es");
    String byClause = templates.render(MessageKind.TERMINATION_NOTICE, "es", model).bodyText();
    assertThat(byClause)
        .contains(
            "conforme a su cláusula de terminación, que establece:",
            "«Cláusula 12.2: cualquiera de las partes podrá resolver el contrato con un preaviso"
                + " escrito de 30 días.»",
            "La cláusula prevé un preaviso de 30 días; con esta carta le avisamos con 128 días de"
                + " antelación.");

    model.put("legalBasis", "NOTICE");
    String unconfirmed = templates.render(MessageKind.TERMINATION_NOTICE, "en", model).bodyText();
    assertThat(unconfirmed)
        .contains("The agreement ends on 31 March 2027; this letter gives you 128 days’ notice.")
        .doesNotContain("in accordance", "termination clause", "12.2");

    model.put("legalBasis", "AGREED");
    model.put("earlyTerminationFee", new BigDecimal("1500.00"));
    String agreed = templates.render(MessageKind.TERMINATION_NOTICE, "en", model).bodyText();
    assertThat(agreed)
        .contains(
            "As agreed with you, the agreement ends early, on 31 March 2027",
            "The early-termination fee we agreed, €1,500.00, will be included in the final"
                + " invoice.")
        .doesNotContain("12.2");
  }

  @Test
  void afterADeclinedProposalTheNoticeGivesTheExitsReasonsTheDeclineAndTheApproval() {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Ferro");
    declined(model);

    String english = templates.render(MessageKind.TERMINATION_NOTICE, "en", model).bodyText();
    assertThat(english)
        .contains(
            "Despite our efforts to adjust the agreement, we have not been able to agree on new"
                + " terms: on 27 November 2026 we proposed new terms to you, and on 2 December 2026"
                + " you let us know that you did not accept them.",
            "Without new terms the workload",
            "This decision has been reviewed and approved by our management.");
    String spanish = templates.render(MessageKind.TERMINATION_NOTICE, "es", model).letterHtml();
    assertThat(spanish)
        .contains(
            "el 27 de noviembre de 2026 le propusimos unas nuevas condiciones y el 2 de diciembre"
                + " de 2026 nos comunicó que no las aceptaba.",
            "La dirección de la empresa ha revisado y aprobado esta decisión.");
  }

  @Test
  void despiteOurEffortsAppearsOnlyWhereARepairWasTried() {
    for (String route : List.of("EXIT", "FAST_EXIT")) {
      Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Ferro");
      model.put("route", route);
      assertThat(templates.render(MessageKind.TERMINATION_NOTICE, "en", model).bodyText())
          .as(route)
          .doesNotContain("Despite our efforts");
      assertThat(templates.render(MessageKind.TERMINATION_NOTICE, "es", model).bodyText())
          .as(route)
          .doesNotContain("A pesar de nuestros esfuerzos");
    }
  }

  @Test
  void theFastExitWordingIsFactualAndBlamesNobody() {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Ferro");
    model.put("route", "FAST_EXIT");

    String english = templates.render(MessageKind.TERMINATION_NOTICE, "en", model).bodyText();
    String spanish = templates.render(MessageKind.TERMINATION_NOTICE, "es", model).bodyText();

    assertThat(english)
        .contains("no longer rests on the mutual trust our work together needs")
        .doesNotContainIgnoringCase("respect")
        .doesNotContainIgnoringCase("treated")
        .doesNotContainIgnoringCase("abuse")
        .doesNotContainIgnoringCase("behaviour");
    assertThat(spanish)
        .contains("ya no cuenta con la confianza mutua")
        .doesNotContainIgnoringCase("respeto")
        .doesNotContainIgnoringCase(" trata ")
        .doesNotContainIgnoringCase("abuso");
  }

  @Test
  void lineBreaksTypedByStaffStayParagraphsInHtmlAndInTheLetter() {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Ferro");
    model.put("reasons", "First <reason>.\r\n\r\nSecond reason,\nwith a second line.");

    RenderedMessage rendered = templates.render(MessageKind.TERMINATION_NOTICE, "en", model);

    assertThat(rendered.bodyHtml())
        .contains("<p>First &lt;reason&gt;.</p>", "<p>Second reason,<br>with a second line.</p>");
    assertThat(rendered.letterHtml())
        .contains("<p>First &lt;reason&gt;.</p>", "<p>Second reason,<br />with a second line.</p>");
    assertThat(rendered.bodyText())
        .contains("First <reason>.\n\nSecond reason,\nwith a second line.");
  }

  @Test
  void theProposalsDeadlineHasItsDateTimeAndTimeZoneInTheConfiguredZone() {
    MessageTemplates madrid = templates("Europe/Madrid");
    Map<String, Object> model = model(MessageKind.RENEGOTIATION_PROPOSAL, "Ferro");

    RenderedMessage spanish = madrid.render(MessageKind.RENEGOTIATION_PROPOSAL, "es", model);
    RenderedMessage english = madrid.render(MessageKind.RENEGOTIATION_PROPOSAL, "en", model);

    assertThat(spanish.subject())
        .isEqualTo("Propuesta de nuevas condiciones — responda a más tardar el 4 de diciembre");
    assertThat(spanish.bodyText())
        .contains(
            "a más tardar el 4 de diciembre de 2026 a las 11:00 (hora estándar de Europa central)");
    assertThat(english.subject()).isEqualTo("Proposal of new terms — please reply by 4 December");
    assertThat(english.bodyText())
        .contains("by 4 December 2026 at 11:00 (Central European Standard Time) at the latest");
    assertThat(
            madrid
                .render(
                    MessageKind.PROPOSAL_REMINDER,
                    "es",
                    model(MessageKind.PROPOSAL_REMINDER, "Ferro"))
                .bodyText())
        .contains("a más tardar el 4 de diciembre de 2026 a las 11:00 (hora estándar");
  }

  @Test
  void theLetterIsAddressedToTheContactPersonOrToTheCompany() {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, "Grupo Ferro Norte");
    model.remove("contactName");
    assertThat(templates.render(MessageKind.TERMINATION_NOTICE, "es", model).bodyText())
        .startsWith("Estimados señores:");
    assertThat(templates.render(MessageKind.TERMINATION_NOTICE, "en", model).bodyText())
        .startsWith("Dear Grupo Ferro Norte team,");

    model.put("contactName", "Ana López");
    RenderedMessage spanish = templates.render(MessageKind.TERMINATION_NOTICE, "es", model);
    assertThat(spanish.bodyText()).startsWith("Estimado/a Ana López:");
    assertThat(spanish.letterHtml()).contains("<div>Ana López</div>\n<div>Grupo Ferro Norte</div>");
  }

  @Test
  void aSpanishMessageToACompanySpeaksToThemInThePluralAndToAPersonInTheSingular() {
    for (MessageKind kind :
        List.of(
            MessageKind.RENEGOTIATION_PROPOSAL,
            MessageKind.PROPOSAL_REMINDER,
            MessageKind.TERMINATION_NOTICE)) {
      Map<String, Object> model = written(model(kind, "Grupo Ferro Norte"), "es");
      model.remove("contactName");
      RenderedMessage company = templates.render(kind, "es", model);
      String all = company.subject() + "\n" + company.bodyText() + "\n" + company.letterHtml();
      assertThat(all)
          .as(kind + " to a company")
          .doesNotContain(" le ", "Le ", "Utilice ", "responda ", "Responda ")
          .doesNotContainPattern("\\busted\\b")
          .contains("Les ");

      model.put("contactName", "Ana López");
      String person = templates.render(kind, "es", model).bodyText();
      assertThat(person).as(kind + " to a person").contains("Le ").doesNotContain("Les ");
    }
  }

  @Test
  void aSignatoryWithoutATitleInEveryClientLanguageStopsTheStartUp() {
    MessagingProperties ok = properties("UTC");
    MessagingProperties noSpanishTitle =
        new MessagingProperties(
            ok.senderName(),
            ok.fromAddress(),
            ok.managersAddress(),
            ok.staffLanguage(),
            ok.timeZone(),
            ok.letterhead(),
            ok.contact(),
            new MessagingProperties.Person(
                "María Sáez", Map.of("en", "Managing director"), "maria@ortega.example", "+34 1"),
            14,
            null);

    assertThatThrownBy(() -> new MessageTemplates(new MessageBundles(), noSpanishTitle))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("María Sáez")
        .hasMessageContaining("'es'");
  }

  @Test
  void everyWordingForACompanyHasItsWordingForAPerson() throws IOException {
    for (String language : List.of("en", "es")) {
      Properties bundle = bundle(language);
      for (String key : bundle.stringPropertyNames()) {
        if (key.endsWith(MessageBundles.TO_COMPANY)) {
          assertThat(bundle)
              .as(language + ": " + key)
              .containsKey(key.substring(0, key.length() - MessageBundles.TO_COMPANY.length()));
        }
      }
    }
  }

  @Test
  void everyNoticeCarriesEveryFactAClientNeeds() {
    for (String language : List.of("en", "es")) {
      RenderedMessage notice =
          templates.render(
              MessageKind.TERMINATION_NOTICE,
              language,
              model(MessageKind.TERMINATION_NOTICE, "Ferro"));
      boolean es = language.equals("es");
      for (String part : List.of(notice.bodyText(), notice.bodyHtml(), notice.letterHtml())) {
        assertThat(part)
            .as(language)
            .contains(
                es ? "31 de marzo de 2027" : "31 March 2027",
                "12.2",
                "Repeated changes of scope",
                "Catalogue 2027",
                "Shop migration",
                "Two handover sessions",
                "A full export",
                "Studio North",
                "Olivia Ortega",
                es ? "Responsable de cuenta" : "Account manager",
                "olivia.ortega@ortega.example",
                "+34 910 000 001",
                es ? "250,00" : "250.00",
                es ? "transferencia bancaria" : "bank transfer",
                es ? "7 de diciembre de 2026" : "7 December 2026",
                es ? "factura final" : "final invoice",
                es ? "Le agradecemos la confianza" : "Thank you for the trust");
      }
      assertThat(notice.letterHtml())
          .as(language)
          .contains(
              "Studio Ortega",
              "Calle Mayor 1, 28013 Madrid",
              "hello@ortega.example",
              "María Sáez",
              es ? "Directora general" : "Managing director",
              es
                  ? "Contrato de prestación de servicios de fecha 1 de abril de 2025"
                  : "Service agreement dated 1 April 2025",
              "counter(page)")
          .doesNotContain("case 42", "caso 42");
    }
  }

  @Test
  void noMessageCarriesAWordOfTheOtherLanguage() throws IOException {
    Map<String, Set<String>> words = Map.of("en", bundleWords("en"), "es", bundleWords("es"));
    for (MessageKind kind : MessageKind.values()) {
      for (String language : List.of("en", "es")) {
        String other = language.equals("en") ? "es" : "en";
        Set<String> foreign = new TreeSet<>(words.get(other));
        foreign.removeAll(words.get(language));
        RenderedMessage rendered = templates.render(kind, language, neutral(model(kind, "Xq")));
        StringBuilder all =
            new StringBuilder(rendered.subject())
                .append('\n')
                .append(rendered.bodyText())
                .append('\n')
                .append(visibleText(rendered.bodyHtml()));
        if (rendered.letterHtml() != null) {
          all.append('\n').append(visibleText(rendered.letterHtml()));
        }
        Set<String> found = new TreeSet<>(wordsOf(all.toString()));
        found.retainAll(foreign);
        assertThat(found).as(kind + " in " + language + ": words of " + other).isEmpty();
      }
    }
  }

  @Test
  void theAttachmentIsNamedInTheClientsLanguage() {
    assertThat(templates.letterFileName("es", 42)).isEqualTo("carta-de-finalizacion-42.pdf");
    assertThat(templates.letterFileName("en", 1234)).isEqualTo("termination-letter-1234.pdf");
  }

  @Test
  void theHtmlEmailIsFluidItsButtonWorksInOutlookAndItsTablesAndFooterAreReadable() {
    String html =
        templates
            .render(
                MessageKind.RENEGOTIATION_PROPOSAL,
                "en",
                model(MessageKind.RENEGOTIATION_PROPOSAL, "Ferro"))
            .bodyHtml();

    assertThat(html).contains("width:100%;max-width:600px", "<!--[if mso]>");
    Matcher button =
        Pattern.compile("<td[^>]*bgcolor=\"#1f2937\"[^>]*padding:12px 20px[^>]*>\\s*<a ([^>]*)>")
            .matcher(html);
    assertThat(button.find()).as("the button's padding is on its table cell").isTrue();
    assertThat(button.group(1)).doesNotContain("padding");
    Matcher footer = Pattern.compile("<p style=\"[^\"]*;color:(#[0-9a-f]{6});").matcher(html);
    assertThat(footer.find()).isTrue();
    assertThat(contrast(footer.group(1), "#f4f4f5")).isGreaterThanOrEqualTo(4.5);
    assertThat(html).contains("<th scope=\"row\"", "<caption");
    String notice =
        templates
            .render(
                MessageKind.TERMINATION_NOTICE,
                "en",
                model(MessageKind.TERMINATION_NOTICE, "Ferro"))
            .bodyHtml();
    assertThat(notice).contains("<th scope=\"col\"", "<th scope=\"row\"");
  }

  @Test
  void hostileClientDataIsEscapedInHtmlAndNeverEvaluated() {
    String hostile = "<script>alert('x')</script> ${7*7} <#assign owned=1> #{1+1}";
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, hostile);
    model.remove("contactName");
    model.put("reasons", "<img src=x onerror=alert(1)> ${'x'?upper_case}");

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
  void theLetterBecomesAPdfWithLetterheadPageNumbersAndTheReasons() throws IOException {
    RenderedMessage rendered =
        templates.render(
            MessageKind.TERMINATION_NOTICE,
            "es",
            model(MessageKind.TERMINATION_NOTICE, "Grupo Ferro Norte"));

    byte[] pdf = templates.pdf(rendered.letterHtml());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Studio Ortega",
              "Calle Mayor 1, 28013 Madrid",
              "Grupo Ferro Norte",
              "31 de marzo de 2027",
              "Repeated changes of scope",
              "María Sáez",
              "Página 1 de " + document.getNumberOfPages());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Łódź Ścisłe Sp. z o.o.",
        "Αθηναϊκή Εταιρεία Α.Ε.",
        "ООО «Ромашка и партнёры»",
        "北京未来科技有限公司",
        "株式会社さくら",
        "주식회사 한빛"
      })
  void aNameInAnyAlphabetIsPrintedAndReadBackFromThePdf(String name) throws IOException {
    Map<String, Object> model = model(MessageKind.TERMINATION_NOTICE, name);
    model.put("contactName", name);

    byte[] pdf =
        templates.pdf(templates.render(MessageKind.TERMINATION_NOTICE, "en", model).letterHtml());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(name).doesNotContain("#");
    }
  }

  /**
   * The letter in each language as a reviewer sees it: every page as a PNG in {@code
   * target/letters/}. The README shows the first page of each (copied to {@code docs/}).
   */
  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "es"})
  void theLetterIsRenderedToPngForReview(String language) throws IOException {
    Map<String, Object> model =
        written(model(MessageKind.TERMINATION_NOTICE, "Grupo Ferro Norte"), language);
    byte[] pdf =
        templates.pdf(
            templates.render(MessageKind.TERMINATION_NOTICE, language, model).letterHtml());

    Path out = Path.of("target/letters");
    Files.createDirectories(out);
    Files.write(out.resolve("termination-letter." + language + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, 110, ImageType.RGB);
        Path png = out.resolve("termination-letter." + language + "." + (page + 1) + ".png");
        ImageIO.write(image, "png", png.toFile());
        assertThat(png).isNotEmptyFile();
      }
    }
  }

  private static Map<String, Object> model(MessageKind kind, String clientName) {
    Map<String, Object> model = new HashMap<>();
    model.put("clientName", clientName);
    switch (kind) {
      case RENEGOTIATION_PROPOSAL -> {
        model.put("contactName", "Ana López");
        model.put(
            "scope", "Monthly catalogue updates, up to 20 pages.\n\nOne landing page a quarter.");
        model.put("boundaries", "Changes after sign-off are billed as extra work.");
        model.put("communicationChannel", "VIDEO_CALL");
        model.put("checkInCadence", "BIWEEKLY");
        model.put("monthlyFee", new BigDecimal("3400.00"));
        model.put("currency", "EUR");
        model.put("deadline", Instant.parse("2026-12-04T10:00:00Z"));
        model.put("answerUrl", "https://desk.example/answer.html#token");
      }
      case PROPOSAL_REMINDER -> {
        model.put("contactName", "Ana López");
        model.put("proposedOn", Instant.parse("2026-11-27T10:00:00Z"));
        model.put("deadline", Instant.parse("2026-12-04T10:00:00Z"));
        model.put("answerUrl", "https://desk.example/answer.html#token");
      }
      case TERMINATION_NOTICE -> {
        model.put("contactName", "Ana López");
        model.put("caseId", 42L);
        model.put("today", LocalDate.of(2026, 11, 23));
        model.put("contractStart", LocalDate.of(2025, 4, 1));
        model.put("exitDate", LocalDate.of(2027, 3, 31));
        model.put("daysOfNotice", 128L);
        model.put("noticePeriodDays", 30);
        model.put(
            "terminationClause",
            "Clause 12.2: Either party may terminate this agreement by giving 30 days' written"
                + " notice.");
        model.put("legalBasis", "CLAUSE");
        model.put("route", "EXIT");
        model.put(
            "reasons",
            "Repeated changes of scope that the team cannot absorb.\n\n"
                + "Three of the last four deliveries were reopened after sign-off.");
        model.put("approved", true);
        model.put("deliverablesDone", List.of(line("Catalogue 2027", LocalDate.of(2026, 11, 20))));
        model.put("deliverablesOwed", List.of(line("Shop migration", LocalDate.of(2027, 1, 15))));
        model.put("handoverPlan", "Two handover sessions with your new agency.");
        model.put("dataReturn", "A full export of your assets within 10 days.");
        model.put("alternatives", "Studio North, Atlas Partners");
        model.put("transitionContact", "Olivia Ortega");
        model.put("currency", "EUR");
        model.put("refundAmount", new BigDecimal("250.00"));
        model.put("refundBy", LocalDate.of(2026, 12, 7));
      }
      case APPROVAL_REMINDER -> {
        model.put("caseId", 42L);
        model.put("waitingSince", Instant.parse("2026-11-20T09:30:00Z"));
      }
      case CHECK_IN_REMINDER -> {
        model.put("caseId", 42L);
        model.put("dueAt", Instant.parse("2026-11-20T09:30:00Z"));
      }
    }
    return model;
  }

  /** The notice after the client declined the new terms and a manager approved the exit. */
  private static void declined(Map<String, Object> model) {
    model.put("route", "DECLINED");
    model.put("proposedOn", Instant.parse("2026-11-27T10:00:00Z"));
    model.put("proposalDeadline", Instant.parse("2026-12-04T10:00:00Z"));
    model.put("answeredOn", Instant.parse("2026-12-02T16:20:00Z"));
    model.put(
        "reasons",
        "Without new terms the workload stays well above what the fee covers, and we cannot keep"
            + " giving you the attention you need.");
    model.put("legalBasis", "AGREED");
    model.put("earlyTerminationFee", BigDecimal.ZERO);
  }

  /**
   * The model as staff would write it for a client reading the language: the free text of the test
   * model is English; a Spanish client gets it in Spanish.
   */
  private static Map<String, Object> written(Map<String, Object> model, String language) {
    if (!language.equals("es")) {
      return model;
    }
    Map<String, String> spanish =
        Map.of(
            "terminationClause",
            "Cláusula 12.2: cualquiera de las partes podrá resolver el contrato con un preaviso"
                + " escrito de 30 días.",
            "scope",
            "Actualización mensual del catálogo, hasta 20 páginas.\n\nUna página de aterrizaje"
                + " al trimestre.",
            "boundaries",
            "Los cambios posteriores a la aprobación se facturan como trabajo adicional.",
            "handoverPlan",
            "Dos sesiones de traspaso con su nueva agencia.",
            "dataReturn",
            "Una exportación completa de sus archivos en un plazo de 10 días.",
            "alternatives",
            "Estudio Norte, Atlas Partners");
    spanish.forEach(
        (key, text) -> {
          if (model.containsKey(key)) {
            model.put(key, text);
          }
        });
    if (model.containsKey("reasons")) {
      model.put(
          "reasons",
          "DECLINED".equals(model.get("route"))
              ? "Sin unas nuevas condiciones, la carga de trabajo sigue muy por encima de lo que"
                  + " cubre la cuota, y no podemos seguir dándole la atención que necesita."
              : "Cambios de alcance continuos que el equipo no puede asumir.\n\n"
                  + "Tres de las cuatro últimas entregas se reabrieron después de su aprobación.");
    }
    if (model.containsKey("deliverablesOwed")) {
      model.put("deliverablesDone", List.of(line("Catálogo 2027", LocalDate.of(2026, 11, 20))));
      model.put(
          "deliverablesOwed", List.of(line("Migración de la tienda", LocalDate.of(2027, 1, 15))));
    }
    return model;
  }

  private static Map<String, Object> line(String title, LocalDate date) {
    return Map.of("title", title, "date", date);
  }

  /** The model with every text staff type replaced by letters of no language. */
  private static Map<String, Object> neutral(Map<String, Object> model) {
    for (String key :
        List.of(
            "contactName",
            "scope",
            "boundaries",
            "terminationClause",
            "reasons",
            "handoverPlan",
            "dataReturn",
            "alternatives",
            "transitionContact")) {
      if (model.containsKey(key)) {
        model.put(key, "Xq 12.2 Zv");
      }
    }
    if (model.containsKey("answerUrl")) {
      model.put("answerUrl", "https://xq.example/zv#token");
    }
    if (model.containsKey("deliverablesOwed")) {
      model.put("deliverablesOwed", List.of(line("Xq", LocalDate.of(2027, 1, 15))));
      model.put("deliverablesDone", List.of(line("Zv", LocalDate.of(2026, 11, 20))));
    }
    return model;
  }

  private static Properties bundle(String language) throws IOException {
    Properties bundle = new Properties();
    try (var in =
        Files.newBufferedReader(
            Path.of("templates/messages/messages_" + language + ".properties"),
            StandardCharsets.UTF_8)) {
      bundle.load(in);
    }
    return bundle;
  }

  private static Set<String> bundleWords(String language) throws IOException {
    Properties bundle = bundle(language);
    Set<String> words = new HashSet<>();
    for (String key : bundle.stringPropertyNames()) {
      words.addAll(wordsOf(bundle.getProperty(key).replaceAll("\\{[^}]*}", " ")));
    }
    return words;
  }

  private static Set<String> wordsOf(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.length() >= 3) {
        words.add(word);
      }
    }
    return words;
  }

  /** Text a reader sees: no tags, no style sheet, no comments. */
  private static String visibleText(String html) {
    return html.replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("(?s)<[^>]*>", " ");
  }

  /** WCAG contrast ratio of two sRGB colours written #rrggbb. */
  private static double contrast(String foreground, String background) {
    double a = luminance(foreground);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  static MessageTemplates templates(String zone) {
    return new MessageTemplates(new MessageBundles(), properties(zone));
  }

  static MessagingProperties properties(String zone) {
    return new MessagingProperties(
        "Studio Ortega",
        "hello@ortega.example",
        "managers@ortega.example",
        "en",
        zone,
        new MessagingProperties.Letterhead(
            "Calle Mayor 1, 28013 Madrid, Spain",
            "hello@ortega.example",
            "+34 910 000 000",
            "ortega.example"),
        new MessagingProperties.Person(
            "Olivia Ortega",
            Map.of("en", "Account manager", "es", "Responsable de cuenta"),
            "olivia.ortega@ortega.example",
            "+34 910 000 001"),
        new MessagingProperties.Person(
            "María Sáez",
            Map.of("en", "Managing director", "es", "Directora general"),
            "maria.saez@ortega.example",
            "+34 910 000 002"),
        14,
        null);
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
