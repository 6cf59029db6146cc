package com.exitdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The image build without Docker (none runs here): exactly the files the Dockerfile's build stage
 * copies, minus what .dockerignore leaves out, in an empty folder, then its Maven commands. A
 * Dockerfile that forgets a file the build needs fails here, not on a user's {@code docker compose
 * up}.
 */
class DockerImageBuildIT {

  private static final Path WORK = Path.of("target", "image-build");

  @Test
  void theDockerfileBuildStageBuildsTheJarFromWhatItCopies() throws Exception {
    List<String> buildStage = buildStage(Files.readAllLines(Path.of("Dockerfile")));
    List<PathMatcher> ignored = dockerIgnore();
    deleteRecursively(WORK);
    Files.createDirectories(WORK);

    List<String> commands = new ArrayList<>();
    for (String line : buildStage) {
      if (line.startsWith("COPY ") && !line.contains("--from=")) {
        List<String> words = Arrays.asList(line.substring(5).trim().split("\\s+"));
        String destination = words.get(words.size() - 1);
        for (String source : words.subList(0, words.size() - 1)) {
          Path target =
              destination.endsWith("/") || words.size() > 2
                  ? WORK.resolve(destination).resolve(Path.of(source).getFileName())
                  : WORK.resolve(destination);
          copy(Path.of(source), target, ignored);
        }
      } else if (line.startsWith("RUN ./mvnw ")) {
        commands.add(line.substring(4));
      }
    }
    assertThat(commands).as("the build stage's Maven commands").isNotEmpty();

    for (String command : commands) {
      Path log = WORK.resolve("build-" + commands.indexOf(command) + ".log");
      Process build =
          new ProcessBuilder("sh", "-c", command)
              .directory(WORK.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertThat(build.waitFor(15, TimeUnit.MINUTES)).as("%s finishes", command).isTrue();
      assertThat(build.exitValue()).as("%s (see %s)", command, log).isZero();
    }
    try (Stream<Path> built = Files.list(WORK.resolve("target"))) {
      assertThat(built.map(p -> p.getFileName().toString()))
          .as("what the runtime stage copies: /src/target/exit-desk-*.jar")
          .anyMatch(name -> name.matches("exit-desk-.*\\.jar"));
    }
  }

  /** The lines of the stage named {@code build}, continuation lines joined. */
  private static List<String> buildStage(List<String> dockerfile) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : dockerfile) {
      String line = raw.strip();
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      lines.add(current.append(line).toString());
      current.setLength(0);
    }
    List<String> stage = new ArrayList<>();
    boolean inBuild = false;
    for (String line : lines) {
      if (line.startsWith("FROM ")) {
        inBuild = line.endsWith(" AS build");
      } else if (inBuild) {
        stage.add(line);
      }
    }
    return stage;
  }

  private static List<PathMatcher> dockerIgnore() throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(".dockerignore"))) {
      String pattern = line.strip();
      if (pattern.isEmpty() || pattern.startsWith("#")) {
        continue;
      }
      if (pattern.endsWith("/")) {
        pattern = pattern.substring(0, pattern.length() - 1);
      }
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern + "/**"));
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:**/" + pattern + "/**"));
    }
    return matchers;
  }

  private static void copy(Path source, Path target, List<PathMatcher> ignored) throws IOException {
    assertThat(source).as("the Dockerfile copies %s", source).exists();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (ignored.stream().anyMatch(m -> m.matches(file))) {
          continue;
        }
        Path destination = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          Files.createDirectories(destination.getParent());
          Files.copy(file, destination, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
