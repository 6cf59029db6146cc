package com.exitdesk.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The CPU this JVM spent over a stretch of work, by kind of thread: the engine's, the job workers',
 * the JIT compiler's, the garbage collector's. A sampling profiler counts a thread that waits for a
 * core as running; this counts what the kernel charged each thread ({@code /proc/self/task},
 * Linux), sampled every 200 ms so that threads which end during the work count up to their last
 * sample. The shares are scaled to the process's CPU time over the same stretch.
 */
final class ThreadCpu {

  /** Thread-name prefixes (as the kernel keeps them, 15 characters) and what they are. */
  private static final List<Map.Entry<String, String>> KINDS =
      List.of(
          Map.entry("zb-", "the engine"),
          Map.entry("pool-", "job workers (the client's thread pool)"),
          Map.entry("task-completion", "the inbox's completion dispatcher"),
          Map.entry("driver-", "the driver's people (app calls they make)"),
          Map.entry("java", "the driver's main thread"),
          Map.entry("grpc-", "gRPC between the client and the engine"),
          Map.entry("C1 Compiler", "JIT compiler"),
          Map.entry("C2 Compiler", "JIT compiler"),
          Map.entry("G1 ", "garbage collector"),
          Map.entry("GC Thread", "garbage collector"),
          Map.entry("VM Thread", "garbage collector"));

  static final String OTHER = "other";

  private static final Path TASKS = Path.of("/proc/self/task");
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final Map<String, Long> first;
  private final Map<String, Long> last = new ConcurrentHashMap<>();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final long processCpuBefore = OS.getProcessCpuTime();
  private final Thread sampler;
  private final AtomicLong samples = new AtomicLong();
  private volatile boolean running = true;

  private ThreadCpu() {
    first = ticks();
    last.putAll(first);
    sampler =
        Thread.ofPlatform()
            .daemon()
            .name("thread-cpu-sampler")
            .start(
                () -> {
                  while (running) {
                    last.putAll(ticks());
                    samples.incrementAndGet();
                    try {
                      Thread.sleep(200);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  static ThreadCpu start() {
    return new ThreadCpu();
  }

  /** How many samples were taken so far. */
  long samples() {
    return samples.get();
  }

  /** Milliseconds of CPU by kind of thread, the largest first. */
  Map<String, Double> stop() throws InterruptedException {
    running = false;
    sampler.join();
    last.putAll(ticks());
    double processMs = (OS.getProcessCpuTime() - processCpuBefore) / 1e6;
    Map<String, Long> byKind = new HashMap<>();
    last.forEach(
        (tid, ticks) -> {
          long spent = ticks - first.getOrDefault(tid, 0L);
          if (spent > 0) {
            byKind.merge(kindOf(names.get(tid)), spent, Long::sum);
          }
        });
    long total = byKind.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Double> ms = new LinkedHashMap<>();
    byKind.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> ms.put(e.getKey(), total == 0 ? 0 : processMs * e.getValue() / total));
    return ms;
  }

  static String kindOf(String threadName) {
    for (Map.Entry<String, String> kind : KINDS) {
      if (threadName != null && threadName.startsWith(kind.getKey())) {
        return kind.getValue();
      }
    }
    return OTHER;
  }

  /**
   * The user and system time the kernel charged a thread, in clock ticks, from its {@code stat}
   * line: the 14th and 15th fields, counted after the name in parentheses (which may hold spaces).
   */
  static long ticksOf(String statLine) {
    String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private Map<String, Long> ticks() {
    Map<String, Long> ticks = new HashMap<>();
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : tasks.toList()) {
        String tid = task.getFileName().toString();
        try {
          ticks.put(tid, ticksOf(Files.readString(task.resolve("stat"))));
          names.computeIfAbsent(tid, t -> comm(task));
        } catch (IOException ended) {
          // The thread ended between the listing and the read: its last sample stands.
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + TASKS, e);
    }
    return ticks;
  }

  private static String comm(Path task) {
    try {
      return Files.readString(task.resolve("comm")).strip();
    } catch (IOException ended) {
      return null;
    }
  }
}
