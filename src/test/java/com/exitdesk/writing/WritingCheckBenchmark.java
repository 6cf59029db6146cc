package com.exitdesk.writing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The writing check's cost: loading LanguageTool and our tone rules for both languages (what the
 * warm-up does off the request path after start-up, and the heap it keeps), then the latency of
 * checking a 2 000-character text per language once warm.
 */
public final class WritingCheckBenchmark {

  public static final int TEXT_LENGTH = 2_000;

  /**
   * @param loadTime building the check and checking one text per language, from cold
   * @param retainedHeapBytes heap in use after a full GC, loaded minus before
   */
  public record Result(
      Duration loadTime, long retainedHeapBytes, List<Latency> latencies, int iterations) {}

  /**
   * @param typingP99 the whole text sent again with only its last sentence changed, as the form
   *     sends it while a person types
   * @param pastedP99 every sentence new, as for a text pasted in or a message previewed
   */
  public record Latency(
      String language,
      Duration typingP50,
      Duration typingP99,
      Duration pastedP50,
      Duration pastedP99,
      int findings) {}

  public static Result run(int iterations) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long start = System.nanoTime();
    WritingCheck check = new WritingCheck(2);
    check.warmUp();
    Duration load = Duration.ofNanos(System.nanoTime() - start);
    long retained = usedAfterGc(memory) - before;

    List<Latency> latencies = new ArrayList<>();
    for (WritingLanguage language : WritingLanguage.values()) {
      String text = text(language);
      // Untimed: the JIT, and LanguageTool's own caches filled by a first pass.
      for (int i = 0; i < Math.max(20, iterations / 10); i++) {
        check.check(text + " " + i, language);
      }
      List<Long> typing = new ArrayList<>(iterations);
      List<Long> pasted = new ArrayList<>(iterations);
      int findings = 0;
      for (int i = 0; i < iterations; i++) {
        String typed = text.substring(0, text.length() - 6) + String.format(" %05d", i);
        long t0 = System.nanoTime();
        findings = check.check(typed, language).size();
        typing.add(System.nanoTime() - t0);
        // The iteration's number in every sentence: nothing LanguageTool has seen before.
        String fresh = text.replace(". ", String.format(" %05d. ", i));
        t0 = System.nanoTime();
        check.check(fresh, language);
        pasted.add(System.nanoTime() - t0);
      }
      latencies.add(
          new Latency(
              language.code(),
              percentile(typing, 50),
              percentile(typing, 99),
              percentile(pasted, 50),
              percentile(pasted, 99),
              findings));
    }
    return new Result(load, retained, latencies, iterations);
  }

  /** A justification of 2 000 characters: calm sentences with a few typos and one angry line. */
  static String text(WritingLanguage language) {
    String[] sentences =
        language == WritingLanguage.ES
            ? new String[] {
              "Hemos revisado con detenimiento nuestra colaboración durante los últimos meses.",
              "Los cambios de alcance continuos han superado lo que el equipo puede asumir.",
              "Tres de las cuatro últimas entregas se reabrieron después de su aprobación.",
              "Le enviaremos una exportación completa de sus archibos en un plazo de diez días.",
              "Es culpa suya que el proyecto se haya retrasado tanto.",
              "Olivia Ortega coordinará el traspaso con su nueva agencia."
            }
            : new String[] {
              "We have reviewed our work together carefully over the last months.",
              "Repeated changes of scope have gone beyond what the team can absorb.",
              "Three of the last four deliveries were reopened after sign-off.",
              "We will send a full export of your asets within ten days.",
              "It is your fault that the project is so late.",
              "Olivia Ortega will coordinate the handover with your new agency."
            };
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < TEXT_LENGTH; i++) {
      text.append(sentences[i % sentences.length]).append(' ');
    }
    return text.substring(0, TEXT_LENGTH);
  }

  private static Duration percentile(List<Long> nanos, int percent) {
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    return Duration.ofNanos(sorted.get(Math.max(0, index)));
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /**
   * {@code java ... com.exitdesk.writing.WritingCheckBenchmark [iterations]}: prints the figures.
   */
  public static void main(String[] args) {
    Result result = run(args.length > 0 ? Integer.parseInt(args[0]) : 300);
    System.out.println(result);
  }

  private WritingCheckBenchmark() {}
}
