package com.exitdesk.engine;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.exitPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.ExitDeskApplication;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.CaseRepository;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.ClientService.ContractTerms;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.support.PostgresDatabase;
import com.exitdesk.support.ZeebeBroker;
import com.exitdesk.web.CurrentUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production configuration on real components: the app with the {@code zeebe} and {@code
 * postgres} profiles, a Zeebe 8.6 broker in its own process, PostgreSQL. A case survives a broker
 * restart (SIGTERM) and an app restart, and nothing is sent twice.
 */
class RealBrokerIT {

  private static final CurrentUser OLIVIA = new CurrentUser("olivia", Set.of("OPS"));
  private static final CurrentUser MARIA = new CurrentUser("maria", Set.of("MANAGER", "OPS"));
  private static final Duration WAIT = Duration.ofSeconds(90);

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static ZeebeBroker broker;
  private static GreenMail smtp;

  @BeforeAll
  static void infrastructure() throws Exception {
    assumeTrue(
        ZeebeBroker.installed(),
        "The Zeebe distribution is unpacked by ./mvnw verify (pre-integration-test)");
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
    broker = new ZeebeBroker();
    broker.start();
    smtp =
        new GreenMail(
            new ServerSetup(FreePort.pick("SMTP"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void shutDown() throws Exception {
    if (smtp != null) {
      smtp.stop();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void anExitCaseSurvivesABrokerRestartAndAnAppRestartAndSendsItsNoticeOnce() throws Exception {
    ConfigurableApplicationContext app = startApp();
    long caseId;
    String clientEmail;
    try {
      Client client = clientWithThreeStrikes(app);
      clientEmail = client.getEmail();
      caseId =
          app.getBean(CaseRepository.class)
              .findFirstByClientIdAndStatus(client.getId(), CaseStatus.OPEN)
              .orElseThrow()
              .getId();
      complete(app, awaitTask(app, caseId, REVIEW_CONTRACT), OLIVIA, exitPath(REVIEW_CONTRACT));
      awaitTask(app, caseId, APPROVE_TERMINATION);

      broker.stop();
      broker.start();

      complete(
          app, awaitTask(app, caseId, APPROVE_TERMINATION), MARIA, exitPath(APPROVE_TERMINATION));
      for (InboxTask task : awaitTasks(app, caseId, COMPLETE_DELIVERABLE, 2)) {
        complete(app, task, OLIVIA, exitPath(COMPLETE_DELIVERABLE));
      }
      awaitTask(app, caseId, PLAN_TRANSITION);
    } finally {
      app.close();
    }

    ConfigurableApplicationContext restarted = startApp();
    try {
      complete(
          restarted,
          awaitTask(restarted, caseId, PLAN_TRANSITION),
          OLIVIA,
          exitPath(PLAN_TRANSITION));
      complete(
          restarted,
          awaitTask(restarted, caseId, LESSONS_LEARNED),
          OLIVIA,
          exitPath(LESSONS_LEARNED));
      CaseRepository cases = restarted.getBean(CaseRepository.class);
      RelationshipCase closed =
          await()
              .atMost(WAIT)
              .until(() -> cases.findById(caseId).orElseThrow(), c -> c.getStatus().isClosed());

      assertThat(closed.getStatus()).isEqualTo(CaseStatus.EXITED);
      assertThat(restarted.getBean(Outbox.class).forCase(caseId))
          .filteredOn(m -> m.getKind() == MessageKind.TERMINATION_NOTICE)
          .singleElement()
          .satisfies(m -> assertThat(m.getSentAt()).isNotNull());
      List<MimeMessage> received = receivedBy(clientEmail);
      assertThat(received).hasSize(1);
      assertThat(restarted.getBean(AuditTrail.class).forCase(caseId))
          .filteredOn(e -> e.getType() == AuditType.CASE_CLOSED)
          .hasSize(1);
    } finally {
      restarted.close();
    }
  }

  @Test
  void twoAppInstancesShareTheWorkAndSendEveryMessageOnce() throws Exception {
    ConfigurableApplicationContext first = startApp();
    ConfigurableApplicationContext second = startApp();
    try {
      List<ConfigurableApplicationContext> apps = List.of(first, second);
      List<Long> caseIds = new java.util.ArrayList<>();
      List<String> emails = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        ConfigurableApplicationContext app = apps.get(i % 2);
        Client client = clientWithThreeStrikes(app);
        emails.add(client.getEmail());
        caseIds.add(
            app.getBean(CaseRepository.class)
                .findFirstByClientIdAndStatus(client.getId(), CaseStatus.OPEN)
                .orElseThrow()
                .getId());
      }
      for (int i = 0; i < caseIds.size(); i++) {
        long caseId = caseIds.get(i);
        ConfigurableApplicationContext mine = apps.get(i % 2);
        ConfigurableApplicationContext other = apps.get((i + 1) % 2);
        complete(mine, awaitTask(mine, caseId, REVIEW_CONTRACT), OLIVIA, exitPath(REVIEW_CONTRACT));
        complete(
            other,
            awaitTask(other, caseId, APPROVE_TERMINATION),
            MARIA,
            exitPath(APPROVE_TERMINATION));
        for (InboxTask task : awaitTasks(mine, caseId, COMPLETE_DELIVERABLE, 2)) {
          complete(other, task, OLIVIA, exitPath(COMPLETE_DELIVERABLE));
        }
        complete(mine, awaitTask(mine, caseId, PLAN_TRANSITION), OLIVIA, exitPath(PLAN_TRANSITION));
        complete(
            other, awaitTask(other, caseId, LESSONS_LEARNED), OLIVIA, exitPath(LESSONS_LEARNED));
      }

      CaseRepository cases = first.getBean(CaseRepository.class);
      for (long caseId : caseIds) {
        await()
            .atMost(WAIT)
            .until(() -> cases.findById(caseId).orElseThrow().getStatus() == CaseStatus.EXITED);
        assertThat(first.getBean(Outbox.class).forCase(caseId))
            .filteredOn(m -> m.getKind() == MessageKind.TERMINATION_NOTICE)
            .hasSize(1);
        assertThat(first.getBean(InboxService.class).tasksOfCase(caseId))
            .as("one inbox row per user task, each completed once")
            .hasSize(6)
            .allSatisfy(t -> assertThat(t.getCompletedBy()).isNotNull());
      }
      for (String email : emails) {
        assertThat(receivedBy(email)).as("one notice for " + email).hasSize(1);
      }
    } finally {
      second.close();
      first.close();
    }
  }

  private static ConfigurableApplicationContext startApp() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", 0);
    properties.put("spring.datasource.url", DATABASE.url());
    properties.put("spring.datasource.username", DATABASE.user());
    properties.put("spring.datasource.password", "");
    properties.put("camunda.client.grpc-address", broker.grpcAddress());
    properties.put("camunda.client.rest-address", broker.restAddress());
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", smtp.getSmtp().getPort());
    properties.put("exitdesk.timing.cooling-off", "PT2S");
    properties.put("exitdesk.workers.retry-backoff", "PT2S");
    properties.put("exitdesk.inbox.reconcile-interval", "PT1H");
    // As command-line arguments: they outrank the profile files, as a deployment's settings do.
    String[] arguments =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(ExitDeskApplication.class)
        .profiles("postgres", "zeebe")
        .run(arguments);
  }

  private static Client clientWithThreeStrikes(ConfigurableApplicationContext app) {
    ClientService clients = app.getBean(ClientService.class);
    IncidentService incidents = app.getBean(IncidentService.class);
    long n = System.nanoTime();
    Client client =
        clients.create("Broker Client " + n, "broker" + n + "@test.example", "en", "test");
    clients.putContract(
        client.getId(),
        new ContractTerms(
            today().minusMonths(12),
            today().plusMonths(12),
            new BigDecimal("3000"),
            "EUR",
            30,
            BigDecimal.ZERO,
            "Clause 9",
            "Scope"),
        "test");
    clients.addLedgerEntry(
        client.getId(),
        YearMonth.from(today()).minusMonths(1).toString(),
        new BigDecimal("3000"),
        new BigDecimal("1500"),
        new BigDecimal("20"),
        "test");
    clients.addDeliverable(client.getId(), "Catalogue", today().plusWeeks(2), "test");
    clients.addDeliverable(client.getId(), "Migration", today().plusWeeks(4), "test");
    for (WarningSign sign :
        List.of(
            WarningSign.EXPECTATIONS_MISMATCH,
            WarningSign.REJECTS_RECOMMENDATIONS,
            WarningSign.LOSING_MONEY)) {
      incidents.report(
          client.getId(),
          new IncidentReport(null, sign, Severity.MEDIUM, "Observed", today()),
          "olivia");
    }
    return client;
  }

  private static InboxTask awaitTask(
      ConfigurableApplicationContext app, long caseId, String elementId) {
    return awaitTasks(app, caseId, elementId, 1).get(0);
  }

  private static List<InboxTask> awaitTasks(
      ConfigurableApplicationContext app, long caseId, String elementId, int count) {
    InboxService inbox = app.getBean(InboxService.class);
    return await()
        .atMost(WAIT)
        .until(
            () ->
                inbox.openTasksOfCase(caseId).stream()
                    .filter(t -> t.getElementId().equals(elementId))
                    .toList(),
            tasks -> tasks.size() == count);
  }

  private static void complete(
      ConfigurableApplicationContext app,
      InboxTask task,
      CurrentUser user,
      Map<String, Object> variables) {
    // The engine may still be settling after a restart: a 503 is worth another try.
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptionsInstanceOf(com.exitdesk.web.EngineUnavailableException.class)
        .until(
            () ->
                app.getBean(InboxService.class)
                        .complete(task.getId(), user, new HashMap<>(variables))
                    != null);
  }

  private static List<MimeMessage> receivedBy(String address) throws Exception {
    return await()
        .atMost(WAIT)
        .until(
            () -> {
              List<MimeMessage> mine = new java.util.ArrayList<>();
              for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                  mine.add(m);
                }
              }
              return mine;
            },
            list -> !list.isEmpty());
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
