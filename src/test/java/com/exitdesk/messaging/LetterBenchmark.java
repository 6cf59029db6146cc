package com.exitdesk.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The termination notice as the worker produces it (subject, HTML, text, letter, PDF) against bare
 * Freemarker rendering of its HTML template with the same data, in one language.
 */
public final class LetterBenchmark {

  /** Renders per second and p99 in microseconds, for the full message and the bare template. */
  public record Result(
      String language,
      double fullPerSecond,
      long fullP99Micros,
      double barePerSecond,
      long bareP99Micros) {}

  public static Result run(String language, int iterations) {
    MessageTemplates templates =
        new MessageTemplates(new MessageBundles(), MessageTemplatesTest.properties("UTC"));
    Map<String, Object> model = noticeModel();
    Map<String, Object> bareData = templates.dataModel(language, model);

    // Warm-up: class loading, template parsing, font loading and JIT. A worker renders notices
    // in a JVM that has long been running; 20 renders left the first language's figure to the JIT.
    for (int i = 0; i < Math.max(100, iterations / 2); i++) {
      templates.pdf(templates.render(MessageKind.TERMINATION_NOTICE, language, model).letterHtml());
      templates.process("mail/html/termination-notice.ftlh", bareData);
    }
    Timing full =
        time(
            iterations,
            () ->
                templates.pdf(
                    templates
                        .render(MessageKind.TERMINATION_NOTICE, language, model)
                        .letterHtml()));
    Timing bare =
        time(iterations, () -> templates.process("mail/html/termination-notice.ftlh", bareData));
    return new Result(language, full.perSecond, full.p99Micros, bare.perSecond, bare.p99Micros);
  }

  private record Timing(double perSecond, long p99Micros) {}

  private static Timing time(int iterations, Runnable work) {
    List<Long> nanos = new ArrayList<>(iterations);
    long start = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      long t0 = System.nanoTime();
      work.run();
      nanos.add(System.nanoTime() - t0);
    }
    long total = System.nanoTime() - start;
    nanos.sort(null);
    long p99 = nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(0.99 * nanos.size()) - 1));
    return new Timing(iterations / (total / 1e9), p99 / 1000);
  }

  private static Map<String, Object> noticeModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("clientName", "Grupo Ferro Norte");
    model.put("caseId", 42L);
    model.put("today", LocalDate.of(2026, 11, 23));
    model.put("exitDate", LocalDate.of(2027, 3, 31));
    model.put("daysOfNotice", 128L);
    model.put("noticePeriodDays", 30);
    model.put("terminationClause", "Clause 12.2: 30 days' written notice");
    model.put("legalBasis", "CLAUSE");
    model.put("route", "EXIT");
    model.put("reasons", "Repeated scope disputes the team cannot absorb.");
    model.put("approved", true);
    List<Map<String, Object>> deliverables = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      deliverables.add(Map.of("title", "Deliverable " + i, "date", LocalDate.of(2026, 11, 20)));
    }
    model.put("deliverablesDone", deliverables);
    model.put("deliverablesOwed", List.of());
    model.put("handoverPlan", "Two handover sessions with your new agency.");
    model.put("dataReturn", "A full export of your assets within 10 days.");
    model.put("alternatives", "Studio North, Atlas Partners");
    model.put("transitionContact", "Olivia Ortega");
    model.put("currency", "EUR");
    model.put("refundAmount", new BigDecimal("250.00"));
    model.put("refundBy", LocalDate.of(2026, 12, 7));
    model.put("waitingSince", Instant.parse("2026-11-20T09:30:00Z"));
    return model;
  }

  private LetterBenchmark() {}
}
