package com.exitdesk.messaging;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Renders messages from the Freemarker templates in {@code templates/}: an HTML and a plain-text
 * part per message, the subject from the bundles, and for the termination notice the letter, whose
 * PDF is made from its HTML.
 *
 * <p>Templates only ever see plain data: no class can be instantiated ({@code ?new}), no Java API
 * reached ({@code ?api}), HTML output is escaped automatically, and a missing value stops the
 * rendering instead of printing a blank into a client's letter.
 */
@Component
public class MessageTemplates {

  private final Configuration freemarker;
  private final MessageBundles bundles;
  private final MessagingProperties properties;

  static {
    // Otherwise the renderer prints INFO lines for every letter straight to the console.
    XRLog.setLoggerImpl(new Slf4jLogger());
  }

  MessageTemplates(MessageBundles bundles, MessagingProperties properties) {
    this.bundles = bundles;
    this.properties = properties;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new ClassTemplateLoader(MessageTemplates.class, "/templates"));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposeFields(false);
    cfg.setObjectWrapper(wrapper.build());
    this.freemarker = cfg;
    // Fail at start-up, not at the first notice: every language a client may read needs the
    // titles of the contact person and the signatory.
    for (String language : bundles.languages()) {
      properties.contact().title(language);
      properties.signatory().title(language);
    }
  }

  /**
   * @param language a language with a bundle in {@code templates/messages}
   * @param model the message's facts; every value the templates use must be present
   */
  public RenderedMessage render(MessageKind kind, String language, Map<String, ?> model) {
    Map<String, Object> data = dataModel(language, model, toCompany(kind, model));
    LocaleFormat fmt = (LocaleFormat) data.get("fmt");
    Object[] subjectArguments =
        kind.subjectArguments().stream()
            .map(argument -> subjectArgument(argument, data, fmt))
            .toArray(Object[]::new);
    String subject =
        bundles.message(language, kind.subjectKey(), toCompany(kind, model), subjectArguments);
    if (subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      throw new IllegalArgumentException("A subject line must be one line: " + kind);
    }
    return new RenderedMessage(
        subject,
        process(kind.textTemplate(), data),
        process(kind.htmlTemplate(), data),
        kind.letterTemplate() == null ? null : process(kind.letterTemplate(), data));
  }

  private static Object subjectArgument(
      String argument, Map<String, Object> data, LocaleFormat fmt) {
    int colon = argument.indexOf(':');
    String name = colon < 0 ? argument : argument.substring(0, colon);
    Object value = data.get(name);
    if (value == null) {
      throw new IllegalStateException("The subject needs " + name);
    }
    if (colon < 0) {
      return value;
    }
    return switch (argument.substring(colon + 1)) {
      case "date" -> fmt.date(value);
      case "dayAndMonth" -> fmt.dayAndMonth(value);
      default -> throw new IllegalArgumentException("No subject format " + argument);
    };
  }

  /** The PDF of a letter rendered by {@link #render}, in fonts that cover any client's name. */
  public byte[] pdf(String letterHtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    LetterFonts fonts = LetterFonts.borrow();
    // The renderer saves and closes the document; closing it again here changes nothing.
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePDDocument(document);
      fonts.register(builder, document, letterHtml);
      builder.withW3cDocument(LetterMarkup.parse(letterHtml), null).toStream(pdf).run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the letter as PDF", e);
    } finally {
      fonts.giveBack();
    }
    return pdf.toByteArray();
  }

  /** The attachment's file name in the client's language: "carta-de-terminacion-42.pdf". */
  public String letterFileName(String language, long caseId) {
    return bundles.message(
        bundles.supports(language) ? language : "en", "letter.fileName", String.valueOf(caseId));
  }

  Map<String, Object> dataModel(String language, Map<String, ?> model) {
    return dataModel(language, model, !model.containsKey("contactName"));
  }

  private Map<String, Object> dataModel(String language, Map<String, ?> model, boolean toCompany) {
    if (!bundles.supports(language)) {
      throw new IllegalArgumentException("No templates for language '" + language + "'");
    }
    Map<String, Object> data = new HashMap<>(model);
    data.put("lang", language);
    data.put("senderName", properties.senderName());
    data.put("msg", new MessageMethod(language, toCompany));
    data.put("fmt", new LocaleFormat(language, ZoneId.of(properties.timeZone())));
    MessagingProperties.Letterhead letterhead = properties.letterhead();
    data.put(
        "letterhead",
        Map.of(
            "company", properties.senderName(),
            "address", letterhead.address(),
            "email", letterhead.email(),
            "phone", letterhead.phone(),
            "website", letterhead.website() == null ? "" : letterhead.website()));
    data.put("contact", person(properties.contact(), language));
    data.put("signatory", person(properties.signatory(), language));
    return data;
  }

  private static Map<String, String> person(MessagingProperties.Person person, String language) {
    return Map.of(
        "name", person.name(),
        "title", person.title(language),
        "email", person.email(),
        "phone", person.phone());
  }

  String process(String templateName, Map<String, Object> data) {
    try {
      Template template = freemarker.getTemplate(templateName);
      StringWriter out = new StringWriter();
      template.process(data, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read template " + templateName, e);
    } catch (TemplateException e) {
      throw new IllegalStateException(
          "Template " + templateName + " failed: " + e.getMessageWithoutStackTop(), e);
    }
  }

  /** Addressed to a company: a client message without a contact person. */
  private static boolean toCompany(MessageKind kind, Map<String, ?> model) {
    return kind.audience() == MessageKind.Audience.CLIENT && !model.containsKey("contactName");
  }

  /**
   * {@code msg("key", args...)}: wording from the bundle of the message's language, in the form
   * that fits a company when no contact person is named.
   */
  private final class MessageMethod implements TemplateMethodModelEx {

    private final String language;
    private final boolean toCompany;

    private MessageMethod(String language, boolean toCompany) {
      this.language = language;
      this.toCompany = toCompany;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      if (arguments.isEmpty()) {
        throw new TemplateModelException("msg needs a key");
      }
      Object[] values = new Object[arguments.size() - 1];
      for (int i = 1; i < arguments.size(); i++) {
        values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
      }
      String key =
          String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
      return bundles.message(language, key, toCompany, values);
    }
  }
}
