package com.exitdesk.bench;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;

import com.exitdesk.ExitDeskApplication;
import com.exitdesk.caseflow.CaseRepository;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientDeliverables;
import com.exitdesk.client.ClientLedger;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.ClientService.ContractTerms;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.TaskActions;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.support.TaskForms;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N cases through the whole exit path on the in-process engine, every user task completed through
 * the inbox service by a driver, every message rendered and sent to the in-process SMTP server,
 * waiting periods set to zero. Measures completed cases per second and case durations.
 */
final class ExitPathBenchmark {

  private static final CurrentUser OPS = new CurrentUser("olivia", Set.of("OPS"));
  private static final CurrentUser MANAGER = new CurrentUser("maria", Set.of("MANAGER", "OPS"));

  record Result(
      int cases,
      double casesPerSecond,
      Duration p50,
      Duration p95,
      Duration p99,
      Map<String, Duration> workerP99,
      long peakHeapBytes,
      long retainedHeapBytes) {}

  /**
   * Cases in flight at once, here and in the baseline. A business does not open thousands of exit
   * cases in one instant, and the in-process engine's state copy per iteration grows with the
   * instances alive, so an unbounded start would measure that copy rather than the product.
   */
  static final int IN_FLIGHT = 50;

  static Result run(int cases) throws Exception {
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ExitDeskApplication.class)
            .run(
                // A database of this run's own: in-memory H2 outlives an app in the same JVM.
                "--spring.datasource.url=jdbc:h2:mem:bench"
                    + cases
                    + "-"
                    + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                "--exitdesk.engine.port=0",
                "--exitdesk.mail.embedded-server-port=0",
                "--exitdesk.demo.data=false",
                "--exitdesk.inbox.reconcile-interval=PT1H",
                "--exitdesk.timing.cooling-off=PT0S",
                "--exitdesk.timing.approval-reminder-after=PT1H",
                "--management.metrics.distribution.percentiles.exitdesk.worker.duration=0.99",
                "--logging.level.root=WARN");
    try {
      // Clients with two strikes each, untimed: the case opens with the third, inside the run.
      List<Long> clientIds = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        clientIds.add(clientWithTwoStrikes(app, i));
      }
      BackgroundWarmUps.awaitFinished();
      PeakHeap heap = PeakHeap.start();
      Instant started = Instant.now();
      List<Long> caseIds = drive(app, clientIds);
      Instant finished = Instant.now();
      heap.stop();
      // What stays after a full collection: the data kept, as against garbage not yet collected.
      System.gc();
      long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

      CaseRepository repository = app.getBean(CaseRepository.class);
      List<Duration> durations = new ArrayList<>();
      for (long id : caseIds) {
        RelationshipCase c = repository.findById(id).orElseThrow();
        durations.add(Duration.between(c.getOpenedAt(), c.getClosedAt()));
      }
      durations.sort(null);
      double seconds = Duration.between(started, finished).toMillis() / 1000.0;
      return new Result(
          cases,
          cases / seconds,
          percentile(durations, 0.50),
          percentile(durations, 0.95),
          percentile(durations, 0.99),
          workerP99(app.getBean(MeterRegistry.class)),
          heap.peakBytes(),
          retained);
    } finally {
      app.close();
    }
  }

  private static final List<WarningSign> SIGNS =
      List.of(
          WarningSign.EXPECTATIONS_MISMATCH,
          WarningSign.REJECTS_RECOMMENDATIONS,
          WarningSign.LOSING_MONEY);

  /** A contract a year into its two years, at 3 000 EUR a month with 30 days' notice. */
  static ContractTerms twoYearContract(LocalDate today) {
    return new ContractTerms(
        today.minusMonths(12),
        today.plusMonths(12),
        new BigDecimal("3000"),
        "EUR",
        30,
        BigDecimal.ZERO,
        "Clause 9",
        "Scope");
  }

  private static long clientWithTwoStrikes(ConfigurableApplicationContext app, int n) {
    ClientService clients = app.getBean(ClientService.class);
    ClientLedger ledger = app.getBean(ClientLedger.class);
    ClientDeliverables deliverables = app.getBean(ClientDeliverables.class);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Client client =
        clients.create(
            "Bench client " + n, "bench" + n + "@bench.example", n % 2 == 0 ? "en" : "es", "bench");
    clients.putContract(client.getId(), twoYearContract(today), "bench");
    ledger.addLedgerEntry(
        client.getId(),
        YearMonth.from(today).minusMonths(1).toString(),
        new BigDecimal("3000"),
        new BigDecimal("1500"),
        new BigDecimal("20"),
        "bench");
    for (int d = 1; d <= 3; d++) {
      deliverables.addDeliverable(client.getId(), "Deliverable " + d, today.plusWeeks(d), "bench");
    }
    for (WarningSign sign : SIGNS.subList(0, 2)) {
      strike(app, client.getId(), sign);
    }
    return client.getId();
  }

  private static Long strike(ConfigurableApplicationContext app, long clientId, WarningSign sign) {
    return app.getBean(IncidentService.class)
        .report(
            clientId,
            new IncidentReport(
                null, sign, Severity.MEDIUM, "Observed", LocalDate.now(ZoneOffset.UTC)),
            "bench")
        .openedCaseId();
  }

  /** Operations staff working the inbox at once, each on their share of the open tasks. */
  static final int OPERATORS = 4;

  /**
   * How soon an operator who found nothing of theirs looks at the inbox again. People look every
   * few seconds; a first driver looking every 5 ms spent a tenth of the run's CPU listing the inbox
   * (JFR), which measured the driver more than the product. A look costs at most this much delay
   * per user task.
   */
  static final Duration IDLE_LOOK_AGAIN = Duration.ofMillis(25);

  /**
   * Opens cases (each client's third strike) while fewer than {@link #IN_FLIGHT} are open, while
   * {@link #OPERATORS} people complete the open tasks as they appear, until all cases are closed.
   */
  private static List<Long> drive(ConfigurableApplicationContext app, List<Long> clientIds)
      throws Exception {
    CaseRepository repository = app.getBean(CaseRepository.class);
    long closedBefore = repository.countByStatus(CaseStatus.EXITED);
    List<Long> caseIds = new ArrayList<>();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService operators = Executors.newFixedThreadPool(OPERATORS);
    List<Future<?>> working = new ArrayList<>();
    for (int i = 0; i < OPERATORS; i++) {
      int operator = i;
      working.add(operators.submit(() -> workTheInbox(app, operator, done)));
    }
    try {
      Instant deadline = Instant.now().plus(Duration.ofHours(2));
      while (Instant.now().isBefore(deadline)) {
        long closed = repository.countByStatus(CaseStatus.EXITED) - closedBefore;
        if (closed >= clientIds.size()) {
          return caseIds;
        }
        while (caseIds.size() < clientIds.size() && caseIds.size() - closed < IN_FLIGHT) {
          caseIds.add(strike(app, clientIds.get(caseIds.size()), SIGNS.get(2)));
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

  private static Void workTheInbox(
      ConfigurableApplicationContext app, int operator, AtomicBoolean done)
      throws InterruptedException {
    InboxService inbox = app.getBean(InboxService.class);
    TaskActions taskActions = app.getBean(TaskActions.class);
    while (!done.get()) {
      int worked = 0;
      for (InboxTask task : inbox.openTasksFor(MANAGER, 0, 200).tasks()) {
        if (task.getId() % OPERATORS != operator) {
          continue;
        }
        boolean approval = APPROVE_TERMINATION.equals(task.getElementId());
        try {
          taskActions.complete(
              task.getId(), approval ? MANAGER : OPS, TaskForms.exitPath(task.getElementId()));
          worked++;
        } catch (RuntimeException e) {
          // Taken out of the inbox meanwhile: the next look sees the current state.
        }
      }
      if (worked == 0) {
        TimeUnit.MILLISECONDS.sleep(IDLE_LOOK_AGAIN.toMillis());
      }
    }
    return null;
  }

  private static Map<String, Duration> workerP99(MeterRegistry registry) {
    Map<String, Duration> p99 = new TreeMap<>();
    for (Timer timer : registry.find("exitdesk.worker.duration").timers()) {
      String type = timer.getId().getTag("type");
      for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
        if (value.percentile() == 0.99) {
          Duration d = Duration.ofNanos((long) value.value(TimeUnit.NANOSECONDS));
          p99.merge(type, d, (a, b) -> a.compareTo(b) > 0 ? a : b);
        }
      }
    }
    return p99;
  }

  static Duration percentile(List<Duration> sorted, double p) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private ExitPathBenchmark() {}
}
