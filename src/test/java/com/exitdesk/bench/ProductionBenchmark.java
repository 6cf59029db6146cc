package com.exitdesk.bench;

import com.exitdesk.dev.FreePort;
import com.exitdesk.support.AppProcess;
import com.exitdesk.support.EngineProcess;
import com.exitdesk.support.PostgresDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.camunda.zeebe.client.ZeebeClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The exit path in the production set-up: the packaged jar ({@code java -jar}, profiles {@code
 * postgres,zeebe}, none of the development mode's beans, which live on the test classpath only) in
 * a JVM of its own, the engine in another (the in-process engine as a standalone process, as the
 * production-jar tests run it), a fresh PostgreSQL database, and an SMTP server in this JVM. The
 * cases go through the app's HTTP API with the same driver as the in-process run; the heap figure
 * is the app process's own after a full collection ({@code jcmd GC.class_histogram}). The baseline
 * is the same model with no-op workers against a standalone engine of its own.
 */
final class ProductionBenchmark {

  private static final Path LOGS = Path.of("target", "bench-logs");

  /** The engine keeps every record it writes in memory; thousands of cases need room. */
  private static final String ENGINE_HEAP = "4g";

  /** The app's own ceiling; the figure that matters is what is left after a collection. */
  static final String APP_HEAP = "1g";

  record Result(
      int cases,
      double casesPerSecond,
      double baselineCasesPerSecond,
      Duration p50,
      Duration p95,
      Duration p99,
      Duration openingP50,
      Duration openingP99,
      HeapHistogram appHeap,
      long engineHeapBytes) {}

  /** The jar the build packaged (named by the bench profile), else the one in target/. */
  static Path packagedJar() throws IOException {
    String configured = System.getProperty("exitdesk.it.app-jar");
    if (configured != null && Files.isRegularFile(Path.of(configured))) {
      return Path.of(configured);
    }
    List<Path> jars = new ArrayList<>();
    if (Files.isDirectory(Path.of("target"))) {
      try (DirectoryStream<Path> found =
          Files.newDirectoryStream(Path.of("target"), "exit-desk-*.jar")) {
        found.forEach(jars::add);
      }
    }
    if (jars.size() != 1) {
      throw new IllegalStateException(
          "The prod section runs the packaged jar, and "
              + (configured != null ? configured + " does not exist" : "target/ has " + jars)
              + ": run ./mvnw -Pbench verify (it packages first) or ./mvnw package -DskipTests");
    }
    return jars.getFirst();
  }

  static Result run(int cases, int warmUpCases) throws Exception {
    Path jar = packagedJar();
    PostgresDatabase database = new PostgresDatabase();
    if (!database.available()) {
      throw new IllegalStateException(database.unavailableReason());
    }
    Path logs = LOGS.resolve("prod-" + cases);
    double baseline = baseline(cases, warmUpCases, logs.resolve("baseline"));

    GreenMail smtp =
        new GreenMail(
            new ServerSetup(FreePort.pick("SMTP"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    // The catcher keeps every message; thousands of letters with their PDFs would fill this JVM.
    ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor();
    database.create();
    try (EngineProcess engine = new EngineProcess(logs, ENGINE_HEAP)) {
      smtp.start();
      purge.scheduleWithFixedDelay(
          () -> {
            try {
              smtp.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
              throw new IllegalStateException("Could not empty the SMTP catcher", e);
            }
          },
          10,
          10,
          TimeUnit.SECONDS);
      engine.start();
      try (AppProcess app =
          new AppProcess(
              jar,
              logs.resolve("app.log"),
              settings(database, engine, smtp),
              List.of("-Xmx" + APP_HEAP))) {
        app.start();
        try (HttpDesk desk = new HttpDesk(URI.create(app.baseUrl()), database)) {
          // Untimed: a fresh JVM's first cases measure the JIT more than the code.
          ExitPathDriver.drive(desk, ExitPathDriver.clients(desk, 0, warmUpCases));
          List<Long> clientIds = ExitPathDriver.clients(desk, warmUpCases, cases);
          BackgroundWarmUps.awaitFinished(app.pid());
          ExitPathDriver.Run run = ExitPathDriver.drive(desk, clientIds);
          return new Result(
              cases,
              run.casesPerSecond(),
              baseline,
              run.percentile(0.50),
              run.percentile(0.95),
              run.percentile(0.99),
              run.openingPercentile(0.50),
              run.openingPercentile(0.99),
              HeapHistogram.of(app.pid()),
              HeapHistogram.of(engine.pid()).totalBytes());
        }
      }
    } finally {
      purge.shutdownNow();
      smtp.stop();
      database.drop();
    }
  }

  /** No-op workers against a standalone engine of their own, after an untimed warm-up. */
  private static double baseline(int cases, int warmUpCases, Path logs) throws Exception {
    try (EngineProcess engine = new EngineProcess(logs, ENGINE_HEAP)) {
      engine.start();
      try (ZeebeClient client =
          ZeebeClient.newClientBuilder()
              .grpcAddress(URI.create("http://127.0.0.1:" + engine.port()))
              .usePlaintext()
              .build()) {
        EngineBaseline.casesPerSecond(client, warmUpCases);
        return EngineBaseline.casesPerSecond(client, cases);
      }
    }
  }

  /** As the production-jar tests start it, with the benchmark's timings. */
  private static Map<String, String> settings(
      PostgresDatabase database, EngineProcess engine, GreenMail smtp) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.profiles.active", "postgres,zeebe");
    settings.put("spring.datasource.url", database.url());
    settings.put("spring.datasource.username", database.user());
    settings.put("spring.datasource.password", "");
    settings.put("camunda.client.grpc-address", "http://127.0.0.1:" + engine.port());
    // The in-process engine serves gRPC only; the app must not need the REST API.
    settings.put("camunda.client.rest-address", "http://127.0.0.1:" + FreePort.pick("no REST"));
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
    settings.put("exitdesk.public-url", "http://127.0.0.1:8080");
    settings.put("exitdesk.client-links.secret", "production-benchmark-secret-0123456789abcdef");
    settings.put("exitdesk.inbox.reconcile-interval", "PT1H");
    settings.put("exitdesk.timing.cooling-off", "PT0S");
    settings.put("exitdesk.timing.approval-reminder-after", "PT1H");
    settings.putAll(AppProcess.signInAccounts());
    settings.putAll(AppProcess.companyIdentity());
    settings.put("logging.structured.format.console", "");
    settings.put("logging.level.root", "WARN");
    return settings;
  }

  /** The section's table, the app's heap from the first count to the last, and its owners. */
  static String report(List<Result> results) {
    StringBuilder report =
        new StringBuilder(
            "| Cases | Exit Desk cases/s | Engine baseline cases/s | Ratio | p50 | p95 | p99 | Opening"
                + " p50 | Opening p99 | App heap after GC | Engine heap after GC |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Result result : results) {
      report.append(
          String.format(
              "| %d | %.1f | %.1f | %.2f | %d ms | %d ms | %d ms | %d ms | %d ms | %s | %s |%n",
              result.cases(),
              result.casesPerSecond(),
              result.baselineCasesPerSecond(),
              result.casesPerSecond() / result.baselineCasesPerSecond(),
              result.p50().toMillis(),
              result.p95().toMillis(),
              result.p99().toMillis(),
              result.openingP50().toMillis(),
              result.openingP99().toMillis(),
              HeapHistogram.mib(result.appHeap().totalBytes()),
              HeapHistogram.mib(result.engineHeapBytes())));
    }
    if (results.size() > 1) {
      Result first = results.getFirst();
      Result last = results.getLast();
      double change =
          100.0
              * (last.appHeap().totalBytes() - first.appHeap().totalBytes())
              / first.appHeap().totalBytes();
      report.append(
          String.format(
              "%nThe app's heap after a full collection at %d cases is %.1f %% %s the figure at %d"
                  + " (goal: within 15 %%).%n",
              last.cases(), Math.abs(change), change < 0 ? "below" : "above", first.cases()));
    }
    report
        .append("\nWhat the app's heap holds after the run, by the owners of the classes")
        .append(" (shallow sizes):\n\n")
        .append(
            HeapHistogram.ownerTable(
                results.stream().map(Result::cases).toList(),
                results.stream().map(Result::appHeap).toList()));
    return report.toString();
  }

  private ProductionBenchmark() {}
}
