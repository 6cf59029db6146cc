package com.exitdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The counts a reliability suite reached in this build (requests tried, faults injected, messages
 * lost), one file per suite under target/reliability, from which RELIABILITY.md is written.
 */
public final class ReliabilityFigures {

  public static final Path DIRECTORY = Path.of("target", "reliability");

  public static void record(String suite, Map<String, ?> figures) throws IOException {
    Files.createDirectories(DIRECTORY);
    String lines =
        new TreeMap<>(figures)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(DIRECTORY.resolve(suite + ".properties"), lines);
  }

  private ReliabilityFigures() {}
}
