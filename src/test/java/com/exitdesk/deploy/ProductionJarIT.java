package com.exitdesk.deploy;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.CaseDriver.awaitStatus;
import static com.exitdesk.support.CaseDriver.awaitTask;
import static com.exitdesk.support.CaseDriver.caseFromThirdStrike;
import static com.exitdesk.support.CaseDriver.complete;
import static com.exitdesk.support.CaseDriver.completeAll;
import static com.exitdesk.support.CaseDriver.entriesOfType;
import static com.exitdesk.support.CaseDriver.kinds;
import static com.exitdesk.support.TaskForms.exitPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.dev.FreePort;
import com.exitdesk.support.ApiClient;
import com.exitdesk.support.AppProcess;
import com.exitdesk.support.CaseDriver.Case;
import com.exitdesk.support.EngineProcess;
import com.exitdesk.support.ImageBuild;
import com.exitdesk.support.PostgresDatabase;
import com.exitdesk.support.TcpProxy;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production artefact as the image deploys it: the packaged jar extracted, with the JDK's AOT
 * cache from the training run of the script the Dockerfile runs ({@code -XX:AOTMode=on}: a cache
 * that does not fit stops the start instead of being skipped) and Spring's build-time bean
 * definitions ({@code -Dspring.aot.enabled=true}), with the {@code postgres} and {@code zeebe}
 * profiles, talking gRPC to an engine in another process (the in-process engine started in a JVM of
 * its own, behind a relay the test can cut), with PostgreSQL and an SMTP server. Everything goes
 * through the app's HTTP API, as users and operators reach it.
 */
class ProductionJarIT {

  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final Path LOGS = Path.of("target", "it-logs");
  private static final Path IMAGE = Path.of("target", "production-jar-it", "app");

  /** The JVM options the app runs with here, which the AOT cache's training run must share. */
  private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static EngineProcess engine;
  private static TcpProxy engineLink;
  private static GreenMail smtp;
  private static Map<String, String> settings;

  @BeforeAll
  static void infrastructure() throws Exception {
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    ImageBuild.extractWithAotCache(
        AppProcess.packagedJar(),
        IMAGE,
        JVM,
        LOGS.resolve("aot-cache.log"),
        Duration.ofMinutes(15));
    DATABASE.create();
    smtp =
        new GreenMail(
            new ServerSetup(FreePort.pick("SMTP"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    engine = new EngineProcess(LOGS);
    engine.start();
    engineLink = new TcpProxy(engine.port());
    engineLink.start();

    settings = new LinkedHashMap<>();
    settings.put("spring.profiles.active", "postgres,zeebe");
    settings.put("spring.datasource.url", DATABASE.url());
    settings.put("spring.datasource.username", DATABASE.user());
    settings.put("spring.datasource.password", "");
    settings.put("camunda.client.grpc-address", "http://127.0.0.1:" + engineLink.port());
    // The in-process engine serves gRPC only; the app must not need the REST API.
    settings.put("camunda.client.rest-address", "http://127.0.0.1:" + FreePort.pick("no REST"));
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
    settings.put("exitdesk.public-url", "http://127.0.0.1:8080");
    settings.put("exitdesk.client-links.secret", "production-jar-it-secret-0123456789abcdef");
    settings.put("exitdesk.timing.cooling-off", "PT2S");
    settings.put("exitdesk.workers.retry-backoff", "PT2S");
    settings.putAll(AppProcess.signInAccounts());
    settings.putAll(AppProcess.companyIdentity());
    settings.put("logging.structured.format.console", "");
  }

  @AfterAll
  static void shutDown() throws Exception {
    if (engineLink != null) {
      engineLink.close();
    }
    if (engine != null) {
      engine.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (DATABASE.available()) {
      DATABASE.drop();
    }
  }

  @Test
  void twoInstancesShareTheWorkAndSendEachNoticeOnce() throws Exception {
    try (AppProcess first = app("two-instances-1").launch();
        AppProcess second = app("two-instances-2").launch()) {
      first.awaitUp();
      second.awaitUp();
      List<AppProcess> apps = List.of(first, second);
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        cases.add(caseFromThirdStrike(ops(apps.get(i))));
      }
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        AppProcess mine = apps.get(i % 2);
        AppProcess other = apps.get((i + 1) % 2);
        complete(ops(mine), c, REVIEW_CONTRACT);
        complete(manager(other), c, APPROVE_TERMINATION);
        completeAll(ops(mine), c, COMPLETE_DELIVERABLE, 2);
        complete(ops(other), c, PLAN_TRANSITION);
        complete(ops(mine), c, LESSONS_LEARNED);
      }
      for (Case c : cases) {
        JsonNode exited = awaitStatus(ops(first), c, "EXITED");
        assertThat(kinds(exited.get("messages"))).containsOnlyOnce("TERMINATION_NOTICE");
        assertThat(entriesOfType(exited, "TASK_COMPLETED"))
            .as("review, approval, two deliverables, transition, retrospective: each once")
            .hasSize(6);
        assertThat(receivedBy(c.email())).hasSize(1);
      }
      assertWritingCheckWorks(ops(second));
    }
  }

  /**
   * The writing check loads LanguageTool, whose dependencies the jar trims: the tests' classpath
   * would hide a class the jar lacks.
   */
  private static void assertWritingCheckWorks(ApiClient api) {
    JsonNode checked =
        api.post(
                "/api/writing-check",
                Map.of(
                    "text", "Es culpa suya. Le enviaremos los archibos el lunes.", "locale", "es"))
            .expect(200)
            .body();
    assertThat(checked.get("findings").findValuesAsText("kind")).contains("TONE", "SPELLING");
    checked =
        api.post(
                "/api/writing-check",
                Map.of("text", "We will send the transtion plan on Monday.", "locale", "en"))
            .expect(200)
            .body();
    assertThat(checked.get("findings").findValuesAsText("kind")).contains("SPELLING");
  }

  @Test
  void anAppKilledMidCaseCarriesOnAfterARestartAndSendsNothingTwice() throws Exception {
    Case c;
    try (AppProcess app = app("killed").start()) {
      c = caseFromThirdStrike(ops(app));
      complete(ops(app), c, REVIEW_CONTRACT);
      complete(manager(app), c, APPROVE_TERMINATION);
      completeAll(ops(app), c, COMPLETE_DELIVERABLE, 2);
      awaitTask(ops(app), c, PLAN_TRANSITION);
      app.kill();
    }
    try (AppProcess restarted = app("killed-restarted").start()) {
      complete(ops(restarted), c, PLAN_TRANSITION);
      complete(ops(restarted), c, LESSONS_LEARNED);
      JsonNode exited = awaitStatus(ops(restarted), c, "EXITED");
      assertThat(kinds(exited.get("messages"))).containsOnlyOnce("TERMINATION_NOTICE");
      assertThat(receivedBy(c.email())).hasSize(1);
    }
  }

  @Test
  void anUnreachableEngineTurnsHealthDownAndWorkResumesWhenItIsBack() throws Exception {
    try (AppProcess app = app("engine-outage").start()) {
      ApiClient olivia = ops(app);
      Case c = caseFromThirdStrike(olivia);
      long review = awaitTask(olivia, c, REVIEW_CONTRACT);

      engineLink.cut();
      try {
        app.awaitHealth("DOWN", WAIT);
        ApiClient.Response kept =
            olivia.post(
                "/api/tasks/" + review + "/complete",
                Map.of("variables", exitPath(REVIEW_CONTRACT)));
        assertThat(kept.status()).as("the submission never waits for the engine").isEqualTo(200);
        assertThat(kept.body().get("status").asText()).isEqualTo("COMPLETING");
      } finally {
        engineLink.start();
      }

      app.awaitHealth("UP", WAIT);
      awaitTask(manager(app), c, APPROVE_TERMINATION);
    }
  }

  private static AppProcess app(String name) {
    List<String> options = new ArrayList<>(JVM);
    options.add("-XX:AOTCache=" + IMAGE.resolve("app.aot"));
    options.add("-XX:AOTMode=on");
    options.add("-Dspring.aot.enabled=true");
    return new AppProcess(
        IMAGE.resolve("exit-desk.jar"), LOGS.resolve(name + ".log"), settings, options);
  }

  private static ApiClient ops(AppProcess app) {
    return new ApiClient(app.baseUrl(), "olivia", "olivia");
  }

  private static ApiClient manager(AppProcess app) {
    return new ApiClient(app.baseUrl(), "maria", "maria");
  }

  private static List<MimeMessage> receivedBy(String address) {
    return await()
        .atMost(WAIT)
        .until(
            () -> {
              List<MimeMessage> mine = new ArrayList<>();
              for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                  mine.add(m);
                }
              }
              return mine;
            },
            list -> !list.isEmpty());
  }
}
