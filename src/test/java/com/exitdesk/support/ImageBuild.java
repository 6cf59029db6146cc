package com.exitdesk.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the Dockerfile's last stage does to the packaged jar: {@code tools/aot/build-cache.sh}
 * extracts it and trains the JDK's AOT cache, so a test or benchmark starts the app as the image
 * does.
 */
public final class ImageBuild {

  private ImageBuild() {}

  /**
   * Runs the script into {@code destination} (then holding {@code exit-desk.jar}, {@code lib/} and
   * {@code app.aot}), its output in {@code log}. The script runs the {@code java} its PATH finds
   * first; this puts the JVM running the tests there, since the cache only fits the JDK that made
   * it and a Java 17 first on the PATH does not know the AOT options at all.
   *
   * @param jvmOptions the options the app will run with, which the training run must share
   */
  public static void extractWithAotCache(
      Path jar, Path destination, List<String> jvmOptions, Path log, Duration limit)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "sh",
                Path.of("tools", "aot", "build-cache.sh").toAbsolutePath().toString(),
                jar.toAbsolutePath().toString(),
                destination.toAbsolutePath().toString(),
                Path.of("company.example.yaml").toAbsolutePath().toString()));
    command.addAll(jvmOptions);
    ProcessBuilder training = new ProcessBuilder(command).redirectErrorStream(true);
    training
        .environment()
        .put(
            "PATH",
            Path.of(System.getProperty("java.home"), "bin")
                + File.pathSeparator
                + System.getenv("PATH"));
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process run = training.redirectOutput(log.toFile()).start();
    if (!run.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      run.destroyForcibly();
      throw new IllegalStateException(
          "tools/aot/build-cache.sh ran for over " + limit + "; see " + log);
    }
    if (run.exitValue() != 0) {
      throw new IllegalStateException(
          "tools/aot/build-cache.sh failed (exit " + run.exitValue() + "); see " + log);
    }
  }
}
