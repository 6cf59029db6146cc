package com.exitdesk.bench;

import com.exitdesk.messaging.LetterBenchmark;
import com.exitdesk.writing.WritingCheckBenchmark;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmarks and writes BENCHMARKS.md: each figure beside a baseline measured in the same
 * run, since absolute times on a shared machine mean little on their own.
 *
 * <p>{@code ./mvnw -Pbench verify} runs it (case counts: {@code -Dbench.cases=100,1000}).
 */
public final class Benchmarks {

  /**
   * Cases of each side run untimed before the timed runs. After 50, the JIT compiler still took 33
   * ms of CPU per case through the app's 1 000 timed cases (a sixth of its CPU) and the app ran at
   * 0.47 of the baseline; after 500, 20 ms and 0.52 (docs/benchmark-findings.md, finding 25). The
   * app runs for days; its compiled steady state is what its users get.
   */
  private static final int WARM_UP_CASES = 500;

  public static void main(String[] args) {
    try {
      run();
    } catch (Throwable e) {
      e.printStackTrace();
      // The in-process engines' threads would keep a failed run alive for ever.
      System.exit(1);
    }
  }

  private static void run() throws Exception {
    if (System.getProperty("bench.profile-exit-path") != null) {
      // For a profiler attached to this JVM: the end-to-end run alone, no report written.
      System.out.println(ExitPathBenchmark.run(Integer.getInteger("bench.profile-exit-path")));
      System.exit(0);
    }
    Set<String> sections =
        Set.of(
            System.getProperty("bench.sections", "e2e,prod,letters,inbox,startup,writing")
                .split(","));
    List<Integer> sizes = new ArrayList<>();
    for (String size : System.getProperty("bench.cases", "100,1000").split(",")) {
      sizes.add(Integer.parseInt(size.strip()));
    }
    if (sections.contains("startup")) {
      StartupBenchmark.requireJdk();
    }
    // First, before any app context of the other sections has loaded LanguageTool in this JVM:
    // its load time and retained heap are only the check's own from a cold start.
    String writing = "Not run.\n";
    if (sections.contains("writing")) {
      WritingCheckBenchmark.Result check = WritingCheckBenchmark.run(300);
      StringBuilder rows =
          new StringBuilder(
              "| Language | Typing p50 | Typing p99 | Pasted p50 | Pasted p99 | Findings per text"
                  + " |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
      for (WritingCheckBenchmark.Latency latency : check.latencies()) {
        rows.append(
            String.format(
                "| %s | %s | %s | %s | %s | %d |%n",
                latency.language(),
                ms(latency.typingP50()),
                ms(latency.typingP99()),
                ms(latency.pastedP50()),
                ms(latency.pastedP99()),
                latency.findings()));
      }
      writing =
          rows
              + String.format(
                  "%nLoading LanguageTool and the tone rules for both languages and checking a first"
                      + " text in each: %d ms, on the warm-up thread after start-up (the request"
                      + " path and the start-up itself do not wait for it). Heap the loaded check"
                      + " keeps after a full GC: %d MiB.%n",
                  check.loadTime().toMillis(), check.retainedHeapBytes() / (1024 * 1024));
    }
    StringBuilder table = new StringBuilder();
    table.append(
        "| Cases | Exit Desk cases/s | Engine baseline cases/s | Ratio | p50 | p95 | p99 | Opening"
            + " p50 | Opening p99 | Peak heap | Heap after GC |\n");
    table.append(
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    if (sections.contains("e2e")) {
      // Untimed: the first runs in a JVM measure the JIT more than the code.
      EngineBaseline.casesPerSecond(WARM_UP_CASES);
      ExitPathBenchmark.run(WARM_UP_CASES);
    }
    StringBuilder workers = new StringBuilder();
    StringBuilder cpu = new StringBuilder();
    List<ExitPathBenchmark.Result> embedded = new ArrayList<>();
    for (int cases : sections.contains("e2e") ? sizes : List.<Integer>of()) {
      EngineBaseline.Measured measured = EngineBaseline.measure(cases);
      double baseline = measured.casesPerSecond();
      ExitPathBenchmark.Result result = ExitPathBenchmark.run(cases);
      cpu.append(cpuTable(cases, result.cpuMs(), measured.cpuMs()));
      embedded.add(result);
      table.append(
          String.format(
              "| %d | %.1f | %.1f | %.2f | %s | %s | %s | %s | %s | %d MiB | %d MiB |%n",
              cases,
              result.casesPerSecond(),
              baseline,
              result.casesPerSecond() / baseline,
              ms(result.p50()),
              ms(result.p95()),
              ms(result.p99()),
              ms(result.openingP50()),
              ms(result.openingP99()),
              result.peakHeapBytes() / (1024 * 1024),
              result.retainedHeapBytes() / (1024 * 1024)));
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
    List<ProductionBenchmark.Result> production = new ArrayList<>();
    for (int cases : sections.contains("prod") ? sizes : List.<Integer>of()) {
      production.add(ProductionBenchmark.run(cases, WARM_UP_CASES));
    }
    StringBuilder letters = new StringBuilder();
    letters.append(
        "| Language | Full notice renders/s | Full p99 | Bare template renders/s | Bare p99 | Ratio |\n");
    letters.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (String language : sections.contains("letters") ? List.of("en", "es") : List.<String>of()) {
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
    String inbox = "Not run.\n";
    if (sections.contains("inbox")) {
      InboxApiBenchmark.Result api = InboxApiBenchmark.run();
      inbox =
          String.format(
              "| Request | Count | p50 | p99 | Per second |%n| --- | ---: | ---: | ---: | ---: |%n"
                  + "| GET /api/tasks, paced: each client every %d ms | %d | %s | %s | |%n"
                  + "| GET /api/tasks, saturating: each client back to back | %d | %s | %s | %.0f |%n"
                  + "| POST /api/tasks/{id}/complete, paced: each client every %d ms | %d | %s | %s"
                  + " | |%n"
                  + "| POST /api/tasks/{id}/complete, saturating: each client back to back | %d | %s"
                  + " | %s | %.0f |%n%n"
                  + "Failed requests: %d.%n",
              InboxApiBenchmark.PACE.toMillis(),
              api.pacedRequests(),
              ms(api.pacedP50()),
              ms(api.pacedP99()),
              api.listRequests(),
              ms(api.listP50()),
              ms(api.listP99()),
              api.listPerSecond(),
              InboxApiBenchmark.COMPLETION_PACE.toMillis(),
              api.pacedCompletions(),
              ms(api.pacedCompleteP50()),
              ms(api.pacedCompleteP99()),
              api.completions(),
              ms(api.completeP50()),
              ms(api.completeP99()),
              api.completionsPerSecond(),
              api.errors());
    }
    String startup = "Not run.\n";
    if (sections.contains("startup")) {
      startup = startupSection(StartupBenchmark.run());
    }

    String previous =
        Files.exists(Path.of("BENCHMARKS.md")) ? Files.readString(Path.of("BENCHMARKS.md")) : "";
    String measured = "Measured on " + LocalDate.now() + ".\n\n";
    String report =
        "# Benchmarks\n\n"
            + "Written by `./mvnw -Pbench verify`; never edited by hand. A run with"
            + " `-Dbench.sections` keeps the other sections from the run before, each with its date.\n\n"
            + "Machine of the last run: "
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
            + section(
                previous,
                "End to end: the exit path with 3 deliverables",
                sections.contains("e2e"),
                measured
                    + "Cases through the whole exit path on the in-process engine, every user task"
                    + " completed through the inbox service by a driver, every message rendered and"
                    + " sent to the in-process SMTP server, waiting periods zero, at most "
                    + ExitPathBenchmark.IN_FLIGHT
                    + " cases open at once. Each case opens with its client's third strike, reported"
                    + " through the incident service by "
                    + ExitPathBenchmark.REPORTERS
                    + " account managers working at once (the opening columns time those reports); the"
                    + " clients and their first two strikes are set up before the clock starts. The"
                    + " baseline runs the same model with the same jobs completed by no-op workers,"
                    + " with the same number in flight, in the same run, after an untimed warm-up of "
                    + WARM_UP_CASES
                    + " cases of each. "
                    + ExitPathBenchmark.OPERATORS
                    + " operators work the inbox at once; one who finds nothing of theirs looks again "
                    + ExitPathBenchmark.IDLE_LOOK_AGAIN.toMillis()
                    + " ms later. Durations are from the case opening to its"
                    + " closing.\n\n"
                    + table
                    + workers
                    + cpu)
            + section(
                previous,
                "End to end in the production set-up",
                sections.contains("prod"),
                measured
                    + "Command: `"
                    + command("prod", sizes)
                    + "`.\n\nThe same cases, driver and operators as above, through the HTTP API of"
                    + " the packaged jar (`java -jar`, profiles `postgres,zeebe`, max heap "
                    + ProductionBenchmark.APP_HEAP
                    + ") in a JVM of its own, against the in-process engine started as a standalone"
                    + " process, a fresh PostgreSQL database on the same machine and an SMTP server in"
                    + " the benchmark's JVM; each user signed in with the login form. Each count"
                    + " starts all of it afresh and runs an untimed warm-up of "
                    + WARM_UP_CASES
                    + " cases first. The baseline runs the same model with no-op workers against a"
                    + " standalone engine of its own, after the same warm-up. Heap figures are each"
                    + " process's live objects after a full collection (`jcmd GC.class_histogram`).\n\n"
                    + ProductionBenchmark.report(production))
            + section(
                previous,
                "Memory in the embedded mode",
                sections.contains("e2e"),
                measured
                    + "Command: `"
                    + command("e2e", sizes)
                    + "`.\n\nAfter each end-to-end run above, each figure after a full collection:"
                    + " the heap with the app running, then what each part let go of: the in-process"
                    + " SMTP server when its mail is purged, the app and its in-process engine when"
                    + " the app stops, H2 when its in-memory database is dropped; and what the JVM"
                    + " still holds after that.\n\n"
                    + ExitPathBenchmark.memoryReport(embedded))
            + section(
                previous,
                "Letters: the termination notice",
                sections.contains("letters"),
                measured
                    + "The full message as the worker makes it (subject, HTML, text, letter HTML and"
                    + " its PDF) against bare Freemarker rendering of the notice's HTML template with"
                    + " the same data; 200 renders after a warm-up of 100.\n\n"
                    + letters)
            + section(
                previous,
                "Inbox API",
                sections.contains("inbox"),
                measured
                    + InboxApiBenchmark.OPEN_TASKS
                    + " open tasks in PostgreSQL ("
                    + InboxApiBenchmark.REAL_TASKS
                    + " of them at a real contract review, the rest rows like them), "
                    + InboxApiBenchmark.CLIENTS
                    + " clients signed in with the login form, on loopback, the load generator in"
                    + " the same JVM as the app and PostgreSQL on the same two cores. Each client asks"
                    + " for the first page of its inbox (50 tasks) "
                    + InboxApiBenchmark.LIST_REQUESTS_PER_CLIENT
                    + " times, first paced, then back to back (which finds the throughput, and where"
                    + " the latency is the queue of 50 requests in flight); then the clients complete"
                    + " the real tasks between them, after "
                    + InboxApiBenchmark.WARM_UP_COMPLETIONS
                    + " untimed ones the engine has taken: first "
                    + InboxApiBenchmark.PACED_COMPLETIONS
                    + " paced, each client submitting a form every "
                    + InboxApiBenchmark.COMPLETION_PACE.toMillis()
                    + " ms (far faster than anyone fills one in), then, once the engine has taken"
                    + " those, "
                    + InboxApiBenchmark.SATURATING_COMPLETIONS
                    + " back to back. Bounded at five minutes.\n\n"
                    + inbox)
            + section(
                previous,
                "Writing check",
                sections.contains("writing"),
                measured
                    + "Spelling, grammar and tone of a "
                    + WritingCheckBenchmark.TEXT_LENGTH
                    + "-character justification with a few typos and an angry sentence, checked 300"
                    + " times per language once warm: typing (the whole text sent again with its last"
                    + " sentence changed, as the form sends it) and pasted (every sentence new)."
                    + " Target: p99 at most 150 ms. Run first, in a JVM where nothing else has loaded"
                    + " LanguageTool.\n\n"
                    + writing)
            + section(previous, "Start-up", sections.contains("startup"), measured + startup)
            + Files.readString(Path.of("docs", "benchmark-findings.md"));
    Files.writeString(Path.of("BENCHMARKS.md"), report);
    System.out.println(report);
    // The in-process engines leave non-daemon threads behind; the measurements are written.
    System.exit(0);
  }

  /**
   * The CPU each run took per case, by kind of thread, as the kernel charged it (ThreadCpu): what
   * the app's two cores went to, beside what the engine alone needed.
   */
  private static String cpuTable(int cases, Map<String, Double> app, Map<String, Double> baseline) {
    StringBuilder table =
        new StringBuilder("\nCPU per case at ")
            .append(cases)
            .append(
                " cases, by kind of thread (the kernel's count for each thread of the JVM while the"
                    + " cases ran):\n\n| Threads | Exit Desk | Baseline |\n| --- | ---: | ---: |\n");
    Set<String> kinds = new LinkedHashSet<>(app.keySet());
    kinds.addAll(baseline.keySet());
    for (String kind : kinds) {
      table.append(
          String.format(
              "| %s | %.1f ms | %.1f ms |%n",
              kind, app.getOrDefault(kind, 0.0) / cases, baseline.getOrDefault(kind, 0.0) / cases));
    }
    table.append(
        String.format(
            "| **All** | **%.1f ms** | **%.1f ms** |%n",
            app.values().stream().mapToDouble(Double::doubleValue).sum() / cases,
            baseline.values().stream().mapToDouble(Double::doubleValue).sum() / cases));
    return table.toString();
  }

  private static String startupSection(StartupBenchmark.Result startup) {
    StringBuilder jar =
        new StringBuilder(
            "| Production jar started as | Health UP | RSS then |\n| --- | ---: | ---: |\n");
    for (StartupBenchmark.JarStart start : startup.jar()) {
      jar.append(
          String.format(
              "| %s | %s | %d MiB |%n",
              start.how(), ms(start.toHealthUp()), start.rssKib() / 1024));
    }
    return String.format(
        "Times from the JVM's start (the `java` process launched), polled every 50 ms. Targets: health UP"
            + " within 8 s and the first case accepted within 10 s in the development mode; health"
            + " UP within 5 s for the production jar against an engine already running.%n%n"
            + "**Development mode** (`./mvnw spring-boot:test-run`: in-process engine, SMTP"
            + " catcher, demo data): health UP %s; first case accepted (the demo client's third"
            + " strike) %s; RSS then %d MiB.%n%n"
            + "**Production jar** (profiles `postgres,zeebe`, as ProductionJarIT configures it)"
            + " against the in-process engine running in a JVM of its own, a fresh PostgreSQL"
            + " database each start (so Flyway runs every migration) and an SMTP server, after"
            + " one untimed start:%n%n%s%n"
            + "The AOT cache (%d MiB) came from the Dockerfile's training run (`-XX:AOTCacheOutput`"
            + " with `-Dspring.context.exit=onRefresh`: the `postgres,zeebe` profiles and the"
            + " build-time bean definitions on an in-memory database), which took %s. The"
            + " build-time bean definitions are Spring's AOT processing of the jar for the"
            + " `postgres,zeebe` profiles (`generate-spring-aot` in the build).%n%n"
            + "Where the development mode's seconds go (a start of its own with Spring's"
            + " `BufferingApplicationStartup`; ms since the JVM started):%n%n%s%n"
            + "Where the production jar's seconds go (extracted, no AOT cache):%n%n%s",
        ms(startup.devToHealthUp()),
        ms(startup.devToFirstCase()),
        startup.devRssKib() / 1024,
        jar,
        startup.cacheBytes() / (1024 * 1024),
        ms(startup.trainingRun()),
        startup.devTimeline().markdown(15),
        startup.jarTimeline().markdown(15));
  }

  /**
   * The section as measured now, or as the previous BENCHMARKS.md had it when this run left it out
   * (a section never measured says so).
   */
  static String section(String previous, String title, boolean ran, String fresh) {
    String heading = "## " + title + "\n";
    if (ran) {
      return heading + "\n" + fresh + "\n";
    }
    int at = previous.indexOf(heading);
    if (at < 0) {
      return heading + "\nNot measured yet.\n\n";
    }
    int next = previous.indexOf("\n## ", at + heading.length());
    return previous.substring(at, next < 0 ? previous.length() : next + 1);
  }

  /** The command that measures one section again with these counts. */
  static String command(String section, List<Integer> sizes) {
    return "./mvnw -Pbench verify -Dbench.sections="
        + section
        + " -Dbench.cases="
        + String.join(",", sizes.stream().map(String::valueOf).toList());
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
