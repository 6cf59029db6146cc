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
import com.exitdesk.inbox.TaskActions;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.support.TaskForms;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

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
      Duration openingP50,
      Duration openingP99,
      Map<String, Duration> workerP99,
      long peakHeapBytes,
      long retainedHeapBytes,
      Memory memory,
      Map<String, Double> cpuMs) {}

  /**
   * What the heap held after the run, each figure after a full collection: with the app running,
   * then once the in-process SMTP server has let go of the mail it caught, once the app (with its
   * engine) has stopped, and once its in-memory database is dropped too. Each difference is what
   * the part let go of held; the histogram splits the first figure by the owners of the classes.
   */
  record Memory(
      long running,
      long afterMailPurged,
      long afterAppStopped,
      long afterDatabaseDropped,
      HeapHistogram histogram) {

    long mailBytes() {
      return running - afterMailPurged;
    }

    long appAndEngineBytes() {
      return afterMailPurged - afterAppStopped;
    }

    long h2Bytes() {
      return afterAppStopped - afterDatabaseDropped;
    }
  }

  /**
   * Cases in flight at once, here and in the baseline. A business does not open thousands of exit
   * cases in one instant, and the in-process engine's state copy per iteration grows with the
   * instances alive, so an unbounded start would measure that copy rather than the product.
   */
  static final int IN_FLIGHT = 50;

  /**
   * Account managers reporting the strikes that open the cases, at once. One reporter opened the
   * cases one after another, and each report waits for the engine to start the case: at about 100
   * ms a report the run could not pass ten cases a second whatever the rest cost (finding 23).
   */
  static final int REPORTERS = 4;

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
   * How often the driver counts the cases closed, to let the account managers open the next ones.
   * Counting every 5 ms (a query on the cases table each time) took 9 to 17 ms of CPU per case on
   * the driver's main thread, 5 to 9 % of the run's, taken from the app on the same two cores while
   * the baseline learns of each end from the engine's answer. At about ten cases a second a case
   * closed is noticed within this delay, one case at most.
   */
  static final Duration CLOSED_LOOK_AGAIN = Duration.ofMillis(100);

  /** The in-memory database URL of the app's default mode, as application.yaml gives it. */
  static String defaultDatabaseUrl() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    String url = yaml.getObject().getProperty("spring.datasource.url");
    if (url == null || !url.startsWith("jdbc:h2:mem:")) {
      throw new IllegalStateException("application.yaml has no in-memory H2 URL: " + url);
    }
    return url;
  }

  static Result run(int cases) throws Exception {
    // A database of this run's own, with the app's H2 settings: in-memory H2 outlives an app in
    // the same JVM, so the run also drops it at the end, or the next run's heap would carry it.
    String database =
        defaultDatabaseUrl()
            .replaceFirst(
                "^jdbc:h2:mem:[^;]+", "jdbc:h2:mem:bench" + cases + "-" + System.nanoTime());
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ExitDeskApplication.class)
            .run(
                "--spring.datasource.url=" + database,
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
      ExitPathDriver.Desk desk = new InProcessDesk(app);
      List<Long> clientIds = ExitPathDriver.clients(desk, 0, cases);
      BackgroundWarmUps.awaitFinished();
      PeakHeap heap = PeakHeap.start();
      ThreadCpu cpu = ThreadCpu.start();
      ExitPathDriver.Run run = ExitPathDriver.drive(desk, clientIds);
      Map<String, Double> cpuMs = cpu.stop();
      heap.stop();
      // What stays after a full collection: the data kept, as against garbage not yet collected.
      long retained = heapAfterFullGc();
      HeapHistogram histogram = HeapHistogram.ofThisJvm();
      Map<String, Duration> workerP99 = workerP99(app.getBean(MeterRegistry.class));
      app.getBean(GreenMail.class).purgeEmailFromAllMailboxes();
      long afterMailPurged = heapAfterFullGc();
      app.close();
      long afterAppStopped = heapAfterFullGc();
      drop(database);
      Memory memory =
          new Memory(retained, afterMailPurged, afterAppStopped, heapAfterFullGc(), histogram);
      return new Result(
          cases,
          run.casesPerSecond(),
          run.percentile(0.50),
          run.percentile(0.95),
          run.percentile(0.99),
          run.openingPercentile(0.50),
          run.openingPercentile(0.99),
          workerP99,
          heap.peakBytes(),
          retained,
          memory,
          cpuMs);
    } finally {
      app.close();
      drop(database);
    }
  }

  /**
   * Where the embedded mode's heap goes: each part's share after each run, the growth per thousand
   * cases between the first run and the last, and the owners of the classes.
   */
  static String memoryReport(List<Result> results) {
    StringBuilder report =
        new StringBuilder(
            "| Cases | Heap after GC | Mail the in-process SMTP server caught | App and its engine"
                + " | H2 in memory | Left once all stopped |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Result result : results) {
      Memory memory = result.memory();
      report.append(
          String.format(
              "| %d | %s | %s | %s | %s | %s |%n",
              result.cases(),
              HeapHistogram.mib(memory.running()),
              HeapHistogram.mib(memory.mailBytes()),
              HeapHistogram.mib(memory.appAndEngineBytes()),
              HeapHistogram.mib(memory.h2Bytes()),
              HeapHistogram.mib(memory.afterDatabaseDropped())));
    }
    if (results.size() > 1) {
      Memory first = results.getFirst().memory();
      Memory last = results.getLast().memory();
      double thousands = (results.getLast().cases() - results.getFirst().cases()) / 1000.0;
      report.append(
          String.format(
              "%nGrowth per 1 000 cases from %d to %d: %.0f MiB in all; the mail %.0f MiB, the app"
                  + " and its engine %.0f MiB, H2 %.0f MiB.%n",
              results.getFirst().cases(),
              results.getLast().cases(),
              perThousand(last.running() - first.running(), thousands),
              perThousand(last.mailBytes() - first.mailBytes(), thousands),
              perThousand(last.appAndEngineBytes() - first.appAndEngineBytes(), thousands),
              perThousand(last.h2Bytes() - first.h2Bytes(), thousands)));
    }
    report
        .append(
            "\nThe heap with the app running, by the owners of the classes (shallow sizes):\n\n")
        .append(
            HeapHistogram.ownerTable(
                results.stream().map(Result::cases).toList(),
                results.stream().map(result -> result.memory().histogram()).toList()));
    return report.toString();
  }

  private static double perThousand(long bytes, double thousands) {
    return bytes / thousands / (1024 * 1024);
  }

  private static long heapAfterFullGc() {
    System.gc();
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  /** Closes the in-memory database for good (again is harmless: it answers an empty one). */
  private static void drop(String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection(database, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  /** The app in this JVM, driven through its services as the web layer calls them. */
  private record InProcessDesk(ConfigurableApplicationContext app) implements ExitPathDriver.Desk {

    @Override
    public long clientWithTwoStrikes(int n) {
      return ExitPathBenchmark.clientWithTwoStrikes(app, n);
    }

    @Override
    public long openCase(long clientId) {
      return strike(app, clientId, SIGNS.get(2));
    }

    @Override
    public long exitedCases() {
      return app.getBean(CaseRepository.class).countByStatus(CaseStatus.EXITED);
    }

    @Override
    public List<ExitPathDriver.Task> openTasks(int operator) {
      return app.getBean(InboxService.class).openTasksFor(MANAGER, 0, 200).tasks().stream()
          .map(task -> new ExitPathDriver.Task(task.getId(), task.getElementId()))
          .toList();
    }

    @Override
    public boolean complete(int operator, ExitPathDriver.Task task) {
      boolean approval = APPROVE_TERMINATION.equals(task.elementId());
      try {
        app.getBean(TaskActions.class)
            .complete(task.id(), approval ? MANAGER : OPS, TaskForms.exitPath(task.elementId()));
        return true;
      } catch (RuntimeException e) {
        // Taken out of the inbox meanwhile: the next look sees the current state.
        return false;
      }
    }

    @Override
    public List<Duration> durations(List<Long> caseIds) {
      CaseRepository repository = app.getBean(CaseRepository.class);
      List<Duration> durations = new ArrayList<>();
      for (long id : caseIds) {
        RelationshipCase c = repository.findById(id).orElseThrow();
        durations.add(Duration.between(c.getOpenedAt(), c.getClosedAt()));
      }
      durations.sort(null);
      return durations;
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
