package com.exitdesk.support;

import static org.awaitility.Awaitility.await;

import com.exitdesk.dev.FreePort;
import com.exitdesk.dev.StandaloneEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The in-process engine started in a JVM of its own from the test classpath. */
public final class EngineProcess implements AutoCloseable {

  private final int port = FreePort.pick("the engine");
  private final Path log;
  private final String maxHeap;
  private Process process;

  public EngineProcess(Path logDirectory) {
    this(logDirectory, "768m");
  }

  /**
   * @param maxHeap as {@code -Xmx} takes it: the engine keeps every record it writes in memory, so
   *     a long run needs more than a test's
   */
  public EngineProcess(Path logDirectory, String maxHeap) {
    this.log = logDirectory.resolve("engine.log");
    this.maxHeap = maxHeap;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public void start() throws IOException {
    Files.createDirectories(log.getParent());
    process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                StandaloneEngine.class.getName(),
                Integer.toString(port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    // A test that fails half-way must not leave the process running after the test JVM exits.
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(200))
        .failFast("the engine process ended; see " + log, () -> !process.isAlive())
        .until(() -> Files.readString(log).contains(StandaloneEngine.READY + port));
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor();
    }
  }
}
