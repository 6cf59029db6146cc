package com.exitdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Takes cases through the exit path the same way whichever Exit Desk it drives (the app in this JVM
 * through its services, or the packaged jar in another process through its HTTP API): opens cases
 * while fewer than {@link ExitPathBenchmark#IN_FLIGHT} are open, while {@link
 * ExitPathBenchmark#OPERATORS} people complete the open tasks as they appear, until all are closed.
 */
final class ExitPathDriver {

  /** What the driver does to an Exit Desk. */
  interface Desk {

    /** A client with a contract, a ledger month, three deliverables and two strikes. */
    long clientWithTwoStrikes(int n) throws Exception;

    /** Reports the client's third strike, which opens a case; its id. */
    long openCase(long clientId) throws Exception;

    long exitedCases() throws Exception;

    /** The open tasks as the operator's inbox shows them, at most 200. */
    List<Task> openTasks(int operator) throws Exception;

    /** Submits the task's exit-path form; false when it was taken out of the inbox meanwhile. */
    boolean complete(int operator, Task task) throws Exception;

    /** From each case's opening to its closing, sorted. */
    List<Duration> durations(List<Long> caseIds) throws Exception;
  }

  record Task(long id, String elementId) {}

  /** The timed part of a run. */
  record Run(int cases, Duration elapsed, List<Duration> durations) {

    double casesPerSecond() {
      return cases / (elapsed.toMillis() / 1000.0);
    }

    Duration percentile(double p) {
      return ExitPathBenchmark.percentile(durations, p);
    }
  }

  /** Clients with two strikes each, untimed: the case opens with the third, inside the run. */
  static List<Long> clients(Desk desk, int first, int count) throws Exception {
    List<Long> clientIds = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      clientIds.add(desk.clientWithTwoStrikes(i));
    }
    return clientIds;
  }

  static Run drive(Desk desk, List<Long> clientIds) throws Exception {
    Instant started = Instant.now();
    List<Long> caseIds = casesThroughTheExitPath(desk, clientIds);
    Duration elapsed = Duration.between(started, Instant.now());
    return new Run(clientIds.size(), elapsed, desk.durations(caseIds));
  }

  private static List<Long> casesThroughTheExitPath(Desk desk, List<Long> clientIds)
      throws Exception {
    long closedBefore = desk.exitedCases();
    List<Long> caseIds = new ArrayList<>();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService operators = Executors.newFixedThreadPool(ExitPathBenchmark.OPERATORS);
    List<Future<?>> working = new ArrayList<>();
    for (int i = 0; i < ExitPathBenchmark.OPERATORS; i++) {
      int operator = i;
      working.add(operators.submit(() -> workTheInbox(desk, operator, done)));
    }
    try {
      Instant deadline = Instant.now().plus(Duration.ofHours(2));
      while (Instant.now().isBefore(deadline)) {
        long closed = desk.exitedCases() - closedBefore;
        if (closed >= clientIds.size()) {
          return caseIds;
        }
        while (caseIds.size() < clientIds.size()
            && caseIds.size() - closed < ExitPathBenchmark.IN_FLIGHT) {
          caseIds.add(desk.openCase(clientIds.get(caseIds.size())));
        }
        TimeUnit.MILLISECONDS.sleep(5);
      }
      throw new IllegalStateException("The cases did not finish within 2 hours");
    } finally {
      done.set(true);
      for (Future<?> operator : working) {
        operator.get();
      }
      operators.shutdown();
    }
  }

  private static Void workTheInbox(Desk desk, int operator, AtomicBoolean done) throws Exception {
    while (!done.get()) {
      int worked = 0;
      for (Task task : desk.openTasks(operator)) {
        if (task.id() % ExitPathBenchmark.OPERATORS == operator && desk.complete(operator, task)) {
          worked++;
        }
      }
      if (worked == 0) {
        TimeUnit.MILLISECONDS.sleep(ExitPathBenchmark.IDLE_LOOK_AGAIN.toMillis());
      }
    }
    return null;
  }

  private ExitPathDriver() {}
}
