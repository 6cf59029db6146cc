package com.exitdesk.bench;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;

import com.exitdesk.ExitDeskApplication;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.support.PostgresDatabase;
import com.exitdesk.support.TaskForms;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inbox API under load: {@code GET /api/tasks} and task completion with 10 000 open tasks in
 * PostgreSQL and 50 concurrent signed-in clients on loopback, each request timed from send to the
 * whole body read. Bounded in count and time.
 */
final class InboxApiBenchmark {

  static final int OPEN_TASKS = 10_000;
  static final int CLIENTS = 50;
  static final int LIST_REQUESTS_PER_CLIENT = 100;

  /** In the paced run each client asks for its inbox this often, as a busy person's reloads. */
  static final Duration PACE = Duration.ofMillis(500);

  /**
   * In the paced completions each client submits a form this often: far above anyone's pace (a form
   * is read and filled in first), so 50 such clients are a heavy load of people, not a flood.
   */
  static final Duration COMPLETION_PACE = Duration.ofSeconds(1);

  /** Of the real tasks, completed untimed before the timed completions. */
  static final int WARM_UP_COMPLETIONS = CLIENTS;

  /** Of the real tasks, completed at {@link #COMPLETION_PACE}: three per client. */
  static final int PACED_COMPLETIONS = 3 * CLIENTS;

  /** Of the real tasks, completed by the clients back to back. */
  static final int SATURATING_COMPLETIONS = 200;

  /** Tasks backed by real process instances, completed through the API. */
  static final int REAL_TASKS = WARM_UP_COMPLETIONS + PACED_COMPLETIONS + SATURATING_COMPLETIONS;

  private static final Duration TIME_LIMIT = Duration.ofMinutes(5);
  private static final List<String> USERS = List.of("olivia", "omar", "maria", "mateo");

  record Result(
      int openTasks,
      int clients,
      long pacedRequests,
      Duration pacedP50,
      Duration pacedP99,
      long listRequests,
      Duration listP50,
      Duration listP99,
      double listPerSecond,
      long pacedCompletions,
      Duration pacedCompleteP50,
      Duration pacedCompleteP99,
      long completions,
      Duration completeP50,
      Duration completeP99,
      double completionsPerSecond,
      long errors) {}

  static Result run() throws Exception {
    PostgresDatabase database = new PostgresDatabase();
    if (!database.available()) {
      throw new IllegalStateException(database.unavailableReason());
    }
    database.create();
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ExitDeskApplication.class)
            .profiles("postgres")
            .run(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--server.port=0",
                "--exitdesk.engine.port=0",
                "--exitdesk.mail.embedded-server-port=0",
                "--exitdesk.users.demo-users=true",
                "--exitdesk.inbox.reconcile-interval=PT1H",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN");
    try {
      List<Long> realTasks = realTasks(app);
      seedTasks(database, app, OPEN_TASKS - realTasks.size());
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      return load(URI.create("http://127.0.0.1:" + port), realTasks);
    } finally {
      app.close();
      database.drop();
    }
  }

  /** Cases at their contract review: tasks the engine really waits on. */
  private static List<Long> realTasks(ConfigurableApplicationContext app)
      throws InterruptedException {
    ClientService clients = app.getBean(ClientService.class);
    IncidentService incidents = app.getBean(IncidentService.class);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Long> caseIds = new ArrayList<>();
    for (int n = 0; n < REAL_TASKS; n++) {
      Client client =
          clients.create("Inbox client " + n, "inbox" + n + "@bench.example", "en", "bench");
      clients.putContract(client.getId(), ExitPathBenchmark.twoYearContract(today), "bench");
      Long caseId = null;
      for (WarningSign sign :
          List.of(
              WarningSign.EXPECTATIONS_MISMATCH,
              WarningSign.REJECTS_RECOMMENDATIONS,
              WarningSign.LOSING_MONEY)) {
        caseId =
            incidents
                .report(
                    client.getId(),
                    new IncidentReport(null, sign, Severity.MEDIUM, "Observed", today),
                    "bench")
                .openedCaseId();
      }
      caseIds.add(caseId);
    }
    InboxService inbox = app.getBean(InboxService.class);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    List<Long> taskIds = new ArrayList<>();
    for (long caseId : caseIds) {
      while (true) {
        List<InboxTask> open = inbox.openTasksOfCase(caseId);
        if (!open.isEmpty() && REVIEW_CONTRACT.equals(open.get(0).getElementId())) {
          taskIds.add(open.get(0).getId());
          break;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Case " + caseId + " never reached its contract review");
        }
        TimeUnit.MILLISECONDS.sleep(20);
      }
    }
    return taskIds;
  }

  /**
   * The rest of the open tasks as rows like the real ones (same variables, groups and clients),
   * written straight into the table: the list reads rows, and starting thousands of cases first
   * would measure the engine instead. The reconciler is off, so nobody checks their job keys.
   */
  private static void seedTasks(
      PostgresDatabase database, ConfigurableApplicationContext app, int count) throws Exception {
    InboxTask model =
        app.getBean(InboxService.class)
            .openTasksFor(new CurrentUser("olivia", Set.of("OPS")), 0, 1)
            .tasks()
            .getFirst();
    try (Connection db = DriverManager.getConnection(database.url(), database.user(), ""); //
        PreparedStatement task =
            db.prepareStatement(
                "insert into inbox_tasks (job_key, case_id, client_id, process_instance_key,"
                    + " element_id, element_instance_key, name, form_id, candidate_groups,"
                    + " variables_json, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " 'OPEN', ?)");
        PreparedStatement group =
            db.prepareStatement(
                "insert into inbox_task_candidate_groups (task_id, group_name)"
                    + " select id, 'OPS' from inbox_tasks where job_key < 0")) {
      db.setAutoCommit(false);
      Instant created = Instant.now().minus(Duration.ofDays(30));
      for (int i = 1; i <= count; i++) {
        task.setLong(1, -i);
        task.setLong(2, model.getCaseId());
        task.setLong(3, model.getClientId());
        task.setLong(4, model.getProcessInstanceKey());
        task.setString(5, model.getElementId());
        task.setLong(6, -i);
        task.setString(7, model.getName());
        task.setString(8, model.getFormId());
        task.setString(9, "OPS");
        task.setString(10, model.getVariablesJson());
        task.setTimestamp(11, Timestamp.from(created.plusSeconds(i)));
        task.addBatch();
        if (i % 1000 == 0) {
          task.executeBatch();
        }
      }
      task.executeBatch();
      group.executeUpdate();
      db.commit();
      db.setAutoCommit(true);
      db.createStatement().execute("analyze");
    }
  }

  private static Result load(URI base, List<Long> realTasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<SignedInSession> sessions = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      sessions.add(SignedInSession.signIn(base, USERS.get(i % USERS.size())));
    }
    Instant deadline = Instant.now().plus(TIME_LIMIT);
    AtomicLong errors = new AtomicLong();

    BackgroundWarmUps.awaitFinished();
    // Warm-up, untimed, so the JIT and the connection pools are not measured.
    for (int i = 0; i < 10; i++) {
      for (SignedInSession session : sessions) {
        session.get("/api/tasks");
      }
    }

    List<Long> pacedNanos = listRequests(pool, sessions, PACE, deadline, errors);
    Instant listStarted = Instant.now();
    List<Long> listNanos = listRequests(pool, sessions, Duration.ZERO, deadline, errors);
    double listSeconds = Duration.between(listStarted, Instant.now()).toMillis() / 1000.0;

    String form =
        new ObjectMapper()
            .writeValueAsString(Map.of("variables", TaskForms.exitPath(REVIEW_CONTRACT)));
    // Warm-up, untimed: one completion per client, so the first timed ones do not measure the JIT
    // compiling the completion path, then a wait until the engine has taken them all; each timed
    // phase likewise starts once the engine has taken the one before.
    List<Long> warmUp = realTasks.subList(0, WARM_UP_COMPLETIONS);
    completeRequests(pool, sessions, warmUp, form, Duration.ZERO, deadline, new AtomicLong());
    awaitTaken(sessions.getFirst(), warmUp, deadline);
    List<Long> pacedTasks =
        realTasks.subList(WARM_UP_COMPLETIONS, WARM_UP_COMPLETIONS + PACED_COMPLETIONS);
    List<Long> pacedCompleteNanos =
        completeRequests(pool, sessions, pacedTasks, form, COMPLETION_PACE, deadline, errors);
    awaitTaken(sessions.getFirst(), pacedTasks, deadline);
    Instant completionsStarted = Instant.now();
    List<Long> completeNanos =
        completeRequests(
            pool,
            sessions,
            realTasks.subList(WARM_UP_COMPLETIONS + PACED_COMPLETIONS, realTasks.size()),
            form,
            Duration.ZERO,
            deadline,
            errors);
    double completeSeconds =
        Duration.between(completionsStarted, Instant.now()).toMillis() / 1000.0;
    pool.shutdown();

    List<Duration> paced = sorted(pacedNanos);
    List<Duration> list = sorted(listNanos);
    List<Duration> pacedComplete = sorted(pacedCompleteNanos);
    List<Duration> complete = sorted(completeNanos);
    return new Result(
        OPEN_TASKS,
        CLIENTS,
        paced.size(),
        ExitPathBenchmark.percentile(paced, 0.50),
        ExitPathBenchmark.percentile(paced, 0.99),
        list.size(),
        ExitPathBenchmark.percentile(list, 0.50),
        ExitPathBenchmark.percentile(list, 0.99),
        list.size() / listSeconds,
        pacedComplete.size(),
        ExitPathBenchmark.percentile(pacedComplete, 0.50),
        ExitPathBenchmark.percentile(pacedComplete, 0.99),
        complete.size(),
        ExitPathBenchmark.percentile(complete, 0.50),
        ExitPathBenchmark.percentile(complete, 0.99),
        complete.size() / completeSeconds,
        errors.get());
  }

  /**
   * The clients complete the tasks between them (each task once), at {@code pace} as in {@link
   * #paced}.
   */
  private static List<Long> completeRequests(
      ExecutorService pool,
      List<SignedInSession> sessions,
      List<Long> taskIds,
      String form,
      Duration pace,
      Instant deadline,
      AtomicLong errors)
      throws Exception {
    ConcurrentLinkedQueue<Long> toComplete = new ConcurrentLinkedQueue<>(taskIds);
    return paced(
        pool,
        sessions,
        pace,
        deadline,
        errors,
        (session, n) -> {
          Long taskId = toComplete.poll();
          return taskId == null ? null : session.post("/api/tasks/" + taskId + "/complete", form);
        });
  }

  /** Until the engine has taken every one of the submitted tasks. */
  private static void awaitTaken(SignedInSession session, List<Long> taskIds, Instant deadline)
      throws Exception {
    for (long taskId : taskIds) {
      while (!"COMPLETED"
          .equals(
              session
                  .getJson("/api/tasks/" + taskId)
                  .expect(200, "Task " + taskId)
                  .path("task")
                  .path("status")
                  .asText())) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Task " + taskId + " was not taken by the engine");
        }
        Thread.sleep(20);
      }
    }
  }

  /**
   * Every client asks for the first page of its inbox {@link #LIST_REQUESTS_PER_CLIENT} times, at
   * {@code pace} as in {@link #paced}.
   */
  private static List<Long> listRequests(
      ExecutorService pool,
      List<SignedInSession> sessions,
      Duration pace,
      Instant deadline,
      AtomicLong errors)
      throws Exception {
    return paced(
        pool,
        sessions,
        pace,
        deadline,
        errors,
        (session, n) -> n < LIST_REQUESTS_PER_CLIENT ? session.get("/api/tasks") : null);
  }

  /** A client's {@code n}th request (from 0): its status, or null once the client is done. */
  @FunctionalInterface
  private interface ClientRequest {
    Integer send(SignedInSession session, int n) throws Exception;
  }

  /**
   * All clients at once, each sending its next request {@code pace} after its previous one started
   * (at once if that has passed; back to back for zero) until it is done or the deadline passes;
   * paced clients are spread over the period, as people's actions are, not fired in step.
   *
   * @return each request's time, from send to the whole answer read
   */
  private static List<Long> paced(
      ExecutorService pool,
      List<SignedInSession> sessions,
      Duration pace,
      Instant deadline,
      AtomicLong errors,
      ClientRequest request)
      throws Exception {
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      SignedInSession session = sessions.get(i);
      long stagger = pace.toNanos() * i / sessions.size();
      running.add(
          pool.submit(
              () -> {
                start.await();
                TimeUnit.NANOSECONDS.sleep(stagger);
                for (int n = 0; Instant.now().isBefore(deadline); n++) {
                  long began = System.nanoTime();
                  Integer status = request.send(session, n);
                  if (status == null) {
                    break;
                  }
                  long took = System.nanoTime() - began;
                  nanos.add(took);
                  if (status != 200) {
                    errors.incrementAndGet();
                  }
                  long rest = pace.toNanos() - took;
                  if (rest > 0) {
                    TimeUnit.NANOSECONDS.sleep(rest);
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : running) {
      f.get();
    }
    return nanos;
  }

  private static List<Duration> sorted(List<Long> nanos) {
    List<Duration> durations = new ArrayList<>(nanos.stream().map(Duration::ofNanos).toList());
    durations.sort(null);
    return durations;
  }

  private InboxApiBenchmark() {}
}
