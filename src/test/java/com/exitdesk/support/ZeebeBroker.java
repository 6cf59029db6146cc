package com.exitdesk.support;

import com.exitdesk.engine.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Zeebe broker (the 8.6 distribution, with its embedded gateway) in a process of its own, on
 * free loopback ports, with its data in a folder that survives a restart.
 */
public final class ZeebeBroker implements AutoCloseable {

  public static final Path HOME =
      Path.of(System.getProperty("exitdesk.it.zeebe-home", "target/zeebe/none"));

  private final int gatewayPort = FreePort.pick("the Zeebe gateway");
  private final int commandPort = FreePort.pick("the Zeebe command API");
  private final int internalPort = FreePort.pick("the Zeebe internal API");
  private final int restPort = FreePort.pick("the Zeebe REST API");
  private final int monitoringPort = FreePort.pick("the Zeebe monitoring API");
  private final Path data;
  private final Path log;
  private Process process;

  public ZeebeBroker() throws IOException {
    this.data = Files.createTempDirectory("zeebe-data");
    this.log = Files.createTempFile("zeebe-broker", ".log");
  }

  public static boolean installed() {
    return Files.isRegularFile(HOME.resolve("bin/broker"));
  }

  public void start() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", HOME.resolve("bin/broker").toString())
            .directory(HOME.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("ZEEBE_BROKER_NETWORK_HOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_GATEWAY_NETWORK_HOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_GATEWAY_NETWORK_PORT", String.valueOf(gatewayPort));
    env.put("ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT", String.valueOf(commandPort));
    env.put("ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT", String.valueOf(internalPort));
    env.put("SERVER_PORT", String.valueOf(restPort));
    env.put("MANAGEMENT_SERVER_PORT", String.valueOf(monitoringPort));
    env.put("ZEEBE_BROKER_DATA_DIRECTORY", data.toString());
    process = builder.start();
    awaitReady(Duration.ofSeconds(120));
  }

  /** SIGTERM, as an orchestrator stops a broker, then waits for it to shut down. */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  public String grpcAddress() {
    return "http://127.0.0.1:" + gatewayPort;
  }

  public String restAddress() {
    return "http://127.0.0.1:" + restPort;
  }

  public Path log() {
    return log;
  }

  private void awaitReady(Duration timeout) throws InterruptedException, IOException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The broker exited; see " + log);
      }
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + monitoringPort + "/actuator/health/status"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The broker was not ready in " + timeout + "; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
