package com.exitdesk.bench;

import com.exitdesk.dev.DevExitDesk;
import com.exitdesk.dev.FreePort;
import com.exitdesk.support.AppProcess;
import com.exitdesk.support.EngineProcess;
import com.exitdesk.support.ImageBuild;
import com.exitdesk.support.PostgresDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How long the app takes to start, in both set-ups. The development mode (in-process engine, SMTP
 * catcher, demo data): from the JVM's start to health UP and to the first case accepted (the demo
 * client one strike short of a review gets its third strike). The production jar, against an engine
 * already running in a JVM of its own, PostgreSQL (a fresh database each start) and an SMTP server:
 * from the JVM's start to health UP, run as {@code java -jar}, extracted, and extracted with the
 * JDK's AOT cache from the training run the Dockerfile makes. Each set-up is started once more with
 * Spring's start-up steps recorded ({@link StartupTimeline}): where the seconds go.
 */
final class StartupBenchmark {

  /** Generous: a start on a busy machine takes minutes, and a failed run loses every figure. */
  private static final Duration LIMIT = Duration.ofMinutes(5);

  /** The extraction and training run: a whole start, then the cache written. */
  private static final Duration BUILD_LIMIT = Duration.ofMinutes(15);

  private static final Path WORK = Path.of("target", "startup-bench").toAbsolutePath();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  record Result(
      Duration devToHealthUp,
      Duration devToFirstCase,
      long devRssKib,
      List<JarStart> jar,
      Duration trainingRun,
      long cacheBytes,
      Timeline devTimeline,
      Timeline jarTimeline) {}

  /** One start of the production jar. */
  record JarStart(String how, Duration toHealthUp, long rssKib) {}

  /** Checked before any section runs: the AOT cache needs JDK 25. */
  static void requireJdk() {
    if (Runtime.version().feature() < 25) {
      throw new IllegalStateException(
          "The start-up section trains the JDK's AOT cache (-XX:AOTCacheOutput): run the"
              + " benchmarks on JDK 25 or newer, not "
              + Runtime.version());
    }
  }

  static Result run() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);

    int port = FreePort.pick("the app");
    Process dev = start(developmentMode(DevExitDesk.class.getName(), port), "development.log");
    Instant devStarted = Instant.now();
    Duration devToHealthUp;
    Duration devToFirstCase;
    long devRss;
    try {
      devToHealthUp = awaitHealthUp(dev, port, devStarted);
      devToFirstCase = awaitFirstCase(dev, port, devStarted);
      devRss = rssKib(dev.pid());
    } finally {
      stop(dev);
    }
    port = FreePort.pick("the app");
    Timeline devTimeline =
        recordTimeline(developmentMode(StartupTimeline.class.getName(), port), "development");

    Path jar = packagedJar();
    Path application = WORK.resolve("application");
    Instant trainingStarted = Instant.now();
    // The script the Dockerfile runs, so this measures the image's start.
    ImageBuild.extractWithAotCache(
        jar, application, List.of(), WORK.resolve("aot-cache.log"), BUILD_LIMIT);
    Duration trainingRun = Duration.between(trainingStarted, Instant.now());
    Path extractedJar = application.resolve("exit-desk.jar");
    Path cache = application.resolve("app.aot");

    GreenMail smtp =
        new GreenMail(
            new ServerSetup(FreePort.pick("SMTP"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    EngineProcess engine = new EngineProcess(WORK);
    try {
      engine.start();
      // Untimed: the engine's first deployment of the models, and a first read of the jars.
      jarStart("warm-up", List.of("-jar", extractedJar.toString()), engine, smtp);
      List<JarStart> starts = new ArrayList<>();
      starts.add(
          jarStart("`java -jar exit-desk.jar`", List.of("-jar", jar.toString()), engine, smtp));
      starts.add(
          jarStart(
              "extracted (`-Djarmode=tools extract`)",
              List.of("-jar", extractedJar.toString()),
              engine,
              smtp));
      starts.add(
          jarStart(
              "extracted, with the AOT cache (`-XX:AOTCache`)",
              List.of("-XX:AOTCache=" + cache, "-jar", extractedJar.toString()),
              engine,
              smtp));
      starts.add(
          jarStart(
              "extracted, Spring's build-time bean definitions (`-Dspring.aot.enabled=true`)",
              List.of("-Dspring.aot.enabled=true", "-jar", extractedJar.toString()),
              engine,
              smtp));
      starts.add(
          jarStart(
              "extracted, with the AOT cache and the build-time bean definitions (as the image starts it)",
              List.of(
                  "-XX:AOTCache=" + cache,
                  "-Dspring.aot.enabled=true",
                  "-jar",
                  extractedJar.toString()),
              engine,
              smtp));
      Timeline jarTimeline = jarTimeline(extractedJar, engine, smtp);
      return new Result(
          devToHealthUp,
          devToFirstCase,
          devRss,
          starts,
          trainingRun,
          Files.size(cache),
          devTimeline,
          jarTimeline);
    } finally {
      engine.close();
      smtp.stop();
    }
  }

  private static JarStart jarStart(
      String how, List<String> launch, EngineProcess engine, GreenMail smtp) throws Exception {
    PostgresDatabase database = new PostgresDatabase();
    database.create();
    try {
      int port = FreePort.pick("the app");
      List<String> command = new ArrayList<>(launch);
      command.addAll(productionArguments(database, engine, smtp, port));
      Process app = start(command, "jar.log");
      Instant started = Instant.now();
      try {
        return new JarStart(how, awaitHealthUp(app, port, started), rssKib(app.pid()));
      } finally {
        stop(app);
      }
    } finally {
      database.drop();
    }
  }

  /**
   * The recorder's own classes beside the extracted jar (the test classpath would bring the
   * development mode with it), against the same engine, a fresh database and the SMTP server.
   */
  private static Timeline jarTimeline(Path extractedJar, EngineProcess engine, GreenMail smtp)
      throws Exception {
    Path recorder = WORK.resolve("recorder");
    Path classes =
        Path.of(StartupTimeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path own = Path.of(StartupTimeline.class.getPackageName().replace('.', File.separatorChar));
    Files.createDirectories(recorder.resolve(own));
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(
            classes.resolve(own), StartupTimeline.class.getSimpleName() + "*.class")) {
      for (Path file : files) {
        Files.copy(
            file,
            recorder.resolve(own).resolve(file.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    PostgresDatabase database = new PostgresDatabase();
    database.create();
    try {
      int port = FreePort.pick("the app");
      List<String> command =
          new ArrayList<>(
              List.of(
                  "-cp",
                  extractedJar + File.pathSeparator + recorder,
                  StartupTimeline.class.getName()));
      command.addAll(productionArguments(database, engine, smtp, port));
      return recordTimeline(command, "production");
    } finally {
      database.drop();
    }
  }

  /** The settings ProductionJarIT gives the jar, with a database of its own. */
  private static List<String> productionArguments(
      PostgresDatabase database, EngineProcess engine, GreenMail smtp, int port) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", Integer.toString(port));
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
    settings.put("exitdesk.client-links.secret", "startup-benchmark-secret-0123456789abcdef");
    settings.putAll(AppProcess.signInAccounts());
    settings.putAll(AppProcess.companyIdentity());
    settings.put("logging.structured.format.console", "");
    List<String> arguments = new ArrayList<>();
    settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    return arguments;
  }

  /**
   * The development mode as {@code ./mvnw spring-boot:test-run} starts it, on free ports: the
   * plugin's optimized launch runs the JVM with the first JIT tier only.
   */
  private static List<String> developmentMode(String mainClass, int port) {
    return List.of(
        "-XX:TieredStopAtLevel=1",
        "-cp",
        System.getProperty("java.class.path"),
        mainClass,
        "--server.port=" + port,
        "--exitdesk.engine.port=0",
        "--exitdesk.mail.embedded-server-port=0",
        "--logging.level.root=WARN");
  }

  private static Timeline recordTimeline(List<String> launch, String name) throws Exception {
    Path output = WORK.resolve(name + "-timeline.tsv");
    List<String> command = new ArrayList<>();
    command.add("-D" + StartupTimeline.OUTPUT + "=" + output);
    command.addAll(launch);
    Process app = start(command, name + "-timeline.log");
    Instant deadline = Instant.now().plus(LIMIT);
    try {
      while (!Files.isRegularFile(output)) {
        if (!app.isAlive() || Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("No start-up timeline from " + name + "; see " + WORK);
        }
        Thread.sleep(100);
      }
    } finally {
      stop(app);
    }
    return Timeline.parse(Files.readAllLines(output));
  }

  private static Duration awaitHealthUp(Process app, int port, Instant started) throws Exception {
    Instant deadline = started.plus(LIMIT);
    while (Instant.now().isBefore(deadline) && app.isAlive()) {
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().startsWith("{\"status\":\"UP\"")) {
          return Duration.between(started, Instant.now());
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Health not UP within " + LIMIT + "; see " + WORK);
  }

  private static Duration awaitFirstCase(Process app, int port, Instant started) throws Exception {
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("olivia:olivia".getBytes(StandardCharsets.UTF_8));
    Instant deadline = started.plus(LIMIT);
    while (Instant.now().isBefore(deadline) && app.isAlive()) {
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/clients/2/incidents"))
                    .header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"sign\":\"LOSING_MONEY\",\"severity\":\"HIGH\",\"description\":"
                                + "\"Start-up benchmark\",\"occurredOn\":\""
                                + LocalDate.now(ZoneOffset.UTC)
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 201 && response.body().contains("\"openedCaseId\":")) {
          return Duration.between(started, Instant.now());
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("No case accepted within " + LIMIT + " of start");
  }

  /** The jar the build packaged ({@code target/exit-desk-*.jar}). */
  private static Path packagedJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(file -> file.getFileName().toString().matches("exit-desk-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("No target/exit-desk-*.jar: package the app first"))
          .toAbsolutePath();
    }
  }

  private static Process start(List<String> arguments, String log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve(log).toFile())
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return process;
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static long rssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> all = Files.walk(directory)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private StartupBenchmark() {}
}
