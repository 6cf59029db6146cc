package com.exitdesk.bench;

import com.exitdesk.messaging.LetterBenchmark;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmarks and writes BENCHMARKS.md: each figure beside a baseline measured in the same
 * run, since absolute times on a shared machine mean little on their own.
 *
 * <p>{@code ./mvnw -Pbench verify} runs it (case counts: {@code -Dbench.cases=100,1000}).
 */
public final class Benchmarks {

  public static void main(String[] args) throws Exception {
    if (System.getProperty("bench.profile-exit-path") != null) {
      // For a profiler attached to this JVM: the end-to-end run alone, no report written.
      System.out.println(ExitPathBenchmark.run(Integer.getInteger("bench.profile-exit-path")));
      System.exit(0);
    }
    List<Integer> sizes = new ArrayList<>();
    for (String size : System.getProperty("bench.cases", "100,1000").split(",")) {
      sizes.add(Integer.parseInt(size.strip()));
    }
    StringBuilder table = new StringBuilder();
    table.append(
        "| Cases | Exit Desk cases/s | Engine baseline cases/s | Ratio | p50 | p95 | p99 | Peak heap |\n");
    table.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    StringBuilder workers = new StringBuilder();
    for (int cases : sizes) {
      double baseline = EngineBaseline.casesPerSecond(cases);
      ExitPathBenchmark.Result result = ExitPathBenchmark.run(cases);
      table.append(
          String.format(
              "| %d | %.1f | %.1f | %.2f | %s | %s | %s | %d MiB |%n",
              cases,
              result.casesPerSecond(),
              baseline,
              result.casesPerSecond() / baseline,
              ms(result.p50()),
              ms(result.p95()),
              ms(result.p99()),
              result.peakHeapBytes() / (1024 * 1024)));
      workers
          .append("\nWorker p99 at ")
          .append(cases)
          .append(" cases:\n\n| Job type | p99 |\n| --- | ---: |\n");
      for (Map.Entry<String, Duration> worker : result.workerP99().entrySet()) {
        workers
            .append("| ")
            .append(worker.getKey())
            .append(" | ")
            .append(ms(worker.getValue()))
            .append(" |\n");
      }
    }
    StringBuilder letters = new StringBuilder();
    letters.append(
        "| Language | Full notice renders/s | Full p99 | Bare template renders/s | Bare p99 | Ratio |\n");
    letters.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (String language : List.of("en", "es")) {
      LetterBenchmark.Result letter = LetterBenchmark.run(language, 200);
      letters.append(
          String.format(
              "| %s | %.1f | %d µs | %.1f | %d µs | %.3f |%n",
              language,
              letter.fullPerSecond(),
              letter.fullP99Micros(),
              letter.barePerSecond(),
              letter.bareP99Micros(),
              letter.fullPerSecond() / letter.barePerSecond()));
    }
    StartupBenchmark.Result startup = StartupBenchmark.run();

    String report =
        "# Benchmarks\n\n"
            + "Written by `./mvnw -Pbench verify` on "
            + LocalDate.now()
            + "; never edited by hand.\n\n"
            + "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + ManagementFactory.getOperatingSystemMXBean().getClass().getSimpleName()
            + ", JDK "
            + System.getProperty("java.version")
            + ", max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MiB, peak RSS "
            + peakRss()
            + ".\n\n"
            + "## End to end: the exit path with 3 deliverables\n\n"
            + "Cases through the whole exit path on the in-process engine, every user task completed"
            + " through the inbox service by a driver, every message rendered and sent to the"
            + " in-process SMTP server, waiting periods zero. The baseline runs the same model with"
            + " the same jobs completed by no-op workers, in the same run. Durations are from the"
            + " case opening to its closing.\n\n"
            + table
            + workers
            + "\n## Letters: the termination notice\n\n"
            + "The full message as the worker makes it (subject, HTML, text, letter HTML and its"
            + " PDF) against bare Freemarker rendering of the notice's HTML template with the same"
            + " data; 200 renders after a warm-up.\n\n"
            + letters
            + "\n## Start-up\n\n"
            + "From `java -jar` to the first case accepted (the demo client's third strike), default"
            + " mode: "
            + startup.toFirstCase().toMillis()
            + " ms; RSS then "
            + startup.rssKib() / 1024
            + " MiB.\n";
    Files.writeString(Path.of("BENCHMARKS.md"), report);
    System.out.println(report);
    // The in-process engines leave non-daemon threads behind; the measurements are written.
    System.exit(0);
  }

  private static String ms(Duration duration) {
    return duration.toMillis() + " ms";
  }

  private static String peakRss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return line.substring(6).strip();
      }
    }
    return "unknown";
  }

  private Benchmarks() {}
}
