package com.exitdesk.deploy;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.CaseDriver.awaitStatus;
import static com.exitdesk.support.CaseDriver.caseFromThirdStrike;
import static com.exitdesk.support.CaseDriver.complete;
import static com.exitdesk.support.CaseDriver.completeAll;
import static com.exitdesk.support.CaseDriver.kinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.dev.FreePort;
import com.exitdesk.support.ApiClient;
import com.exitdesk.support.AppProcess;
import com.exitdesk.support.CaseDriver.Case;
import com.exitdesk.support.PostgresDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar against a real, persistent Camunda 8 cluster, when one is given: for example the
 * docker-compose stack ({@code EXITDESK_IT_CAMUNDA_GRPC_ADDRESS=http://localhost:26500}, {@code
 * EXITDESK_IT_CAMUNDA_REST_ADDRESS=http://localhost:8088}). The app inherits the environment, so
 * {@code CAMUNDA_AUTH_*} / {@code CAMUNDA_CLIENT_*} set for the cluster reach it. Without a cluster
 * the test is skipped and says so.
 */
class CamundaClusterIT {

  private static final String GRPC = System.getenv("EXITDESK_IT_CAMUNDA_GRPC_ADDRESS");
  private static final String REST = System.getenv("EXITDESK_IT_CAMUNDA_REST_ADDRESS");

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static GreenMail smtp;

  @BeforeEach
  void infrastructure() throws Exception {
    // In the test's own set-up, not @BeforeAll: the report then lists the test as skipped, with
    // the reason, instead of not listing it at all.
    assumeTrue(
        GRPC != null && !GRPC.isBlank(),
        "No Camunda 8 cluster given: set EXITDESK_IT_CAMUNDA_GRPC_ADDRESS (and"
            + " EXITDESK_IT_CAMUNDA_REST_ADDRESS) to run this test against one");
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
    smtp =
        new GreenMail(
            new ServerSetup(FreePort.pick("SMTP"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void shutDown() throws Exception {
    if (smtp != null) {
      smtp.stop();
      DATABASE.drop();
    }
  }

  @Test
  void aCaseRunsToItsExitOnTheCluster() throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.profiles.active", "postgres,zeebe");
    settings.put("spring.datasource.url", DATABASE.url());
    settings.put("spring.datasource.username", DATABASE.user());
    settings.put("spring.datasource.password", "");
    settings.put("camunda.client.grpc-address", GRPC);
    if (REST != null && !REST.isBlank()) {
      settings.put("camunda.client.rest-address", REST);
    }
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
    settings.put("exitdesk.client-links.secret", "camunda-cluster-it-secret-0123456789abcdef");
    settings.put("exitdesk.timing.cooling-off", "PT2S");
    settings.putAll(AppProcess.signInAccounts());
    settings.putAll(AppProcess.companyIdentity());
    Path log = Path.of("target", "it-logs", "camunda-cluster.log");
    try (AppProcess app = new AppProcess(AppProcess.packagedJar(), log, settings).start()) {
      ApiClient olivia = new ApiClient(app.baseUrl(), "olivia", "olivia");
      ApiClient maria = new ApiClient(app.baseUrl(), "maria", "maria");
      Case c = caseFromThirdStrike(olivia);
      complete(olivia, c, REVIEW_CONTRACT);
      complete(maria, c, APPROVE_TERMINATION);
      completeAll(olivia, c, COMPLETE_DELIVERABLE, 2);
      complete(olivia, c, PLAN_TRANSITION);
      complete(olivia, c, LESSONS_LEARNED);
      JsonNode exited = awaitStatus(olivia, c, "EXITED");
      assertThat(kinds(exited.get("messages"))).containsOnlyOnce("TERMINATION_NOTICE");
    }
  }
}
