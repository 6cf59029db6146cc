package com.exitdesk.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * A running app has long finished loading the writing check's dictionaries (a few seconds of both
 * cores, once, after start-up) before cases arrive; each benchmark starts an app of its own, so it
 * waits for that load to end rather than measure it against the cases.
 */
final class BackgroundWarmUps {

  private static final String WRITING_CHECK_THREAD = "writing-check-warm-up";

  static void awaitFinished() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (running()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("The writing check's warm-up ran for over 5 minutes");
      }
      Thread.sleep(100);
    }
  }

  /** The same for an app in another JVM (one of this user's), from its thread dump. */
  static void awaitFinished(long pid) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Jcmd.run(pid, "Thread.print").contains('"' + WRITING_CHECK_THREAD + '"')) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("The writing check's warm-up ran for over 5 minutes");
      }
      Thread.sleep(500);
    }
  }

  private static boolean running() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.isAlive() && WRITING_CHECK_THREAD.equals(thread.getName()));
  }

  private BackgroundWarmUps() {}
}
