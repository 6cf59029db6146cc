package com.exitdesk.support;

import static org.awaitility.Awaitility.await;

import com.exitdesk.dev.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The packaged production jar ({@code target/exit-desk-*.jar}) run with {@code java -jar} as an
 * operator would, with settings given as command-line arguments.
 */
public final class AppProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path jar;
  private final Path log;
  private final Map<String, String> settings;
  private final List<String> jvmOptions;
  private final int port = FreePort.pick("the app");
  private Process process;

  /** Tuned for short test runs: a small heap, start-up speed over peak throughput. */
  public AppProcess(Path jar, Path log, Map<String, String> settings) {
    this(jar, log, settings, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
  }

  public AppProcess(Path jar, Path log, Map<String, String> settings, List<String> jvmOptions) {
    this.jar = jar;
    this.log = log;
    this.settings = settings;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /** The jar the build packaged, named by failsafe's {@code exitdesk.it.app-jar}. */
  public static Path packagedJar() {
    String configured = System.getProperty("exitdesk.it.app-jar");
    if (configured == null || !Files.isRegularFile(Path.of(configured))) {
      throw new IllegalStateException(
          "No packaged jar at " + configured + ": run ./mvnw verify (package before the ITs)");
    }
    return Path.of(configured);
  }

  /**
   * Who the company is, as an operator gives it: the repository's {@code company.example.yaml},
   * imported as a deployment imports its own (so the example stays a file the app accepts).
   */
  public static Map<String, String> companyIdentity() {
    Path example = Path.of("company.example.yaml").toAbsolutePath();
    if (!Files.isRegularFile(example)) {
      throw new IllegalStateException("No " + example + ": run the tests from the project folder");
    }
    return Map.of("spring.config.import", "file:" + example);
  }

  /**
   * The accounts the jar's tests sign in with, as an operator configures them: olivia (OPS) and
   * maria (MANAGER), password = name, stored as bcrypt hashes.
   */
  public static Map<String, String> signInAccounts() {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    Map<String, String> accounts = new LinkedHashMap<>();
    List<String[]> users =
        List.of(new String[] {"olivia", "OPS"}, new String[] {"maria", "MANAGER"});
    for (int i = 0; i < users.size(); i++) {
      String prefix = "exitdesk.users.accounts[" + i + "].";
      accounts.put(prefix + "name", users.get(i)[0]);
      accounts.put(prefix + "password-hash", "{bcrypt}" + bcrypt.encode(users.get(i)[0]));
      accounts.put(prefix + "roles[0]", users.get(i)[1]);
    }
    return accounts;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public Path log() {
    return log;
  }

  /** The launched jar's process id, for {@code jcmd}. */
  public long pid() {
    return process.pid();
  }

  /** Starts the jar and waits until its health is UP. */
  public AppProcess start() throws IOException, InterruptedException {
    launch();
    try {
      return awaitUp();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Waits until the launched jar reports health UP; a busy machine may take minutes. */
  public AppProcess awaitUp() {
    awaitHealth("UP", Duration.ofMinutes(5));
    return this;
  }

  /** Starts the jar without waiting, so several instances can start side by side. */
  public AppProcess launch() throws IOException {
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    // A test that fails half-way must not leave the process running after the test JVM exits.
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    return this;
  }

  public void awaitHealth(String status, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(500))
        .failFast("the app process ended; see " + log, () -> !process.isAlive())
        .until(() -> status.equals(healthStatus()));
  }

  /** The overall health status, or null while the app does not answer. */
  public String healthStatus() {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      int at = body.indexOf("\"status\":\"");
      return at < 0 ? null : body.substring(at + 10, body.indexOf('"', at + 10));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** {@code kill -9}: no shutdown hook, no graceful stop. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /**
   * Stops the app as an orchestrator does: SIGTERM, then SIGKILL after a grace period. The grace
   * period matters: after its connection to the engine was cut, the Camunda client (8.8.14) can
   * block for ever closing a job stream at shutdown, so a stop may never end by itself.
   */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
    }
  }
}
