package com.exitdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Takes cases through the exit path the same way whichever Exit Desk it drives (the app in this JVM
 * through its services, or the packaged jar in another process through its HTTP API): {@link
 * ExitPathBenchmark#REPORTERS} people open cases while fewer than {@link
 * ExitPathBenchmark#IN_FLIGHT} are open, while {@link ExitPathBenchmark#OPERATORS} people complete
 * the open tasks as they appear, until all are closed.
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
  record Run(int cases, Duration elapsed, List<Duration> durations, List<Duration> openings) {

    double casesPerSecond() {
      return cases / (elapsed.toMillis() / 1000.0);
    }

    /** Of the cases' durations, from opening to closing. */
    Duration percentile(double p) {
      return ExitPathBenchmark.percentile(durations, p);
    }

    /** Of the third strikes' reports, each from its call to its answer, the case opened. */
    Duration openingPercentile(double p) {
      return ExitPathBenchmark.percentile(openings, p);
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
    List<Duration> openings = Collections.synchronizedList(new ArrayList<>());
    List<Long> caseIds = casesThroughTheExitPath(desk, clientIds, openings);
    Duration elapsed = Duration.between(started, Instant.now());
    List<Duration> sortedOpenings = new ArrayList<>(openings);
    Collections.sort(sortedOpenings);
    return new Run(clientIds.size(), elapsed, desk.durations(caseIds), sortedOpenings);
  }

  /**
   * The cases to open, handed out to the reporters one at a time while fewer than {@link
   * ExitPathBenchmark#IN_FLIGHT} are open.
   */
  private static final class Openings {

    private final List<Long> clientIds;
    private final Long[] caseIds;
    private int next;
    private long closed;

    Openings(List<Long> clientIds) {
      this.clientIds = clientIds;
      this.caseIds = new Long[clientIds.size()];
    }

    /** The index of the next client whose case may open now, or -1. */
    synchronized int claim() {
      if (next < clientIds.size() && next - closed < ExitPathBenchmark.IN_FLIGHT) {
        return next++;
      }
      return -1;
    }

    synchronized void opened(int index, long caseId) {
      caseIds[index] = caseId;
    }

    synchronized void closed(long count) {
      closed = count;
    }

    synchronized boolean allClaimed() {
      return next == clientIds.size();
    }

    synchronized List<Long> caseIds() {
      return List.of(caseIds);
    }
  }

  private static List<Long> casesThroughTheExitPath(
      Desk desk, List<Long> clientIds, List<Duration> openingTimes) throws Exception {
    long closedBefore = desk.exitedCases();
    Openings openings = new Openings(clientIds);
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService people =
        Executors.newFixedThreadPool(
            ExitPathBenchmark.OPERATORS + ExitPathBenchmark.REPORTERS,
            Thread.ofPlatform().name("driver-", 0).factory());
    List<Future<?>> working = new ArrayList<>();
    for (int i = 0; i < ExitPathBenchmark.OPERATORS; i++) {
      int operator = i;
      working.add(people.submit(() -> workTheInbox(desk, operator, done)));
    }
    for (int i = 0; i < ExitPathBenchmark.REPORTERS; i++) {
      working.add(people.submit(() -> reportThirdStrikes(desk, openings, openingTimes, done)));
    }
    try {
      Instant deadline = Instant.now().plus(Duration.ofHours(2));
      while (Instant.now().isBefore(deadline)) {
        long closed = desk.exitedCases() - closedBefore;
        if (closed >= clientIds.size()) {
          return openings.caseIds();
        }
        openings.closed(closed);
        for (Future<?> person : working) {
          if (person.isDone()) {
            person.get(); // a reporter's or operator's failure ends the run with its cause
          }
        }
        TimeUnit.MILLISECONDS.sleep(ExitPathBenchmark.CLOSED_LOOK_AGAIN.toMillis());
      }
      throw new IllegalStateException("The cases did not finish within 2 hours");
    } finally {
      done.set(true);
      for (Future<?> person : working) {
        person.get();
      }
      people.shutdown();
    }
  }

  /**
   * One account manager reporting the strikes that open the cases, each as soon as one may open;
   * several at once, as the baseline keeps its starts in flight, so the run is not bounded by how
   * long one report takes.
   */
  private static Void reportThirdStrikes(
      Desk desk, Openings openings, List<Duration> openingTimes, AtomicBoolean done)
      throws Exception {
    while (!done.get() && !openings.allClaimed()) {
      int index = openings.claim();
      if (index < 0) {
        TimeUnit.MILLISECONDS.sleep(5);
        continue;
      }
      long began = System.nanoTime();
      long caseId = desk.openCase(openings.clientIds.get(index));
      openingTimes.add(Duration.ofNanos(System.nanoTime() - began));
      openings.opened(index, caseId);
    }
    return null;
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
