package com.exitdesk.reliability;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the running app against every kind of caller. The endpoint list comes from the
 * app itself, so an endpoint added without a row here fails the build until someone decides who may
 * call it.
 */
class AccessMatrixTest extends ProcessTestSupport {

  /** What a caller must get. */
  enum Access {
    /** 401: sign in first. */
    UNAUTHENTICATED,
    /** 403: signed in, but the role may not. */
    FORBIDDEN,
    /** Past security: the endpoint's own answer (200, 400, 404...), never 401 or 403. */
    ALLOWED,
    /** Past security, but the task is claimed by someone else: 409 from the inbox's rule. */
    CLAIMED_BY_ANOTHER
  }

  /** In the matrix's column order. */
  enum Caller {
    ANONYMOUS(null),
    OPS("olivia"),
    MANAGER("maria"),
    ANOTHER_OPS("omar");

    final String user;

    Caller(String user) {
      this.user = user;
    }
  }

  private static final Access U = Access.UNAUTHENTICATED;
  private static final Access F = Access.FORBIDDEN;
  private static final Access A = Access.ALLOWED;
  private static final Access C = Access.CLAIMED_BY_ANOTHER;

  /** Columns: anonymous, OPS, MANAGER, another OPS. */
  static final Map<String, List<Access>> MATRIX = new LinkedHashMap<>();

  static {
    // Signed-in staff only; withdrawing a case is a manager's decision.
    rule("GET /api/cases", U, A, A, A);
    rule("POST /api/cases", U, A, A, A);
    rule("GET /api/cases/{id}", U, A, A, A);
    rule("GET /api/cases/{id}/messages/preview", U, A, A, A);
    rule("POST /api/cases/{id}/client-response", U, A, A, A);
    rule("POST /api/cases/{id}/withdraw", U, F, A, F);
    rule("GET /api/cases/{id}/progress", U, A, A, A);
    rule("GET /api/cases/{caseId}/messages", U, A, A, A);
    rule("GET /api/process/diagram", U, A, A, A);
    // The writing check and the re-read confirmation: anyone who writes to clients.
    rule("POST /api/writing-check", U, A, A, A);
    rule("POST /api/writing-check/confirmations", U, A, A, A);
    // Stuck work and the actions that fix it: managers only.
    rule("GET /api/operations", U, F, A, F);
    rule("POST /api/operations/jobs/{jobKey}/retry", U, F, A, F);
    rule("POST /api/operations/messages/{id}/resend", U, F, A, F);
    rule("POST /api/operations/tasks/{id}/resubmit", U, F, A, F);
    rule("POST /api/operations/cases/{id}/close", U, F, A, F);
    rule("POST /api/operations/idempotency-keys/free", U, F, A, F);
    // Reviewing the criteria that open cases: managers only.
    rule("GET /api/criteria-reviews", U, F, A, F);
    rule("POST /api/criteria-reviews", U, F, A, F);
    rule("GET /api/criteria-reviews/decision-table", U, F, A, F);
    rule("GET /api/clients", U, A, A, A);
    rule("POST /api/clients", U, A, A, A);
    rule("GET /api/clients/{id}", U, A, A, A);
    rule("PUT /api/clients/{id}/contract", U, A, A, A);
    rule("PUT /api/clients/{id}/contact", U, A, A, A);
    rule("POST /api/clients/{id}/deliverables", U, A, A, A);
    rule("POST /api/clients/{id}/ledger", U, A, A, A);
    rule("PUT /api/clients/{id}", U, A, A, A);
    rule("PUT /api/clients/{id}/deliverables/{deliverableId}", U, A, A, A);
    rule("DELETE /api/clients/{id}/deliverables/{deliverableId}", U, A, A, A);
    rule("POST /api/clients/{id}/deliverables/{deliverableId}/delivered", U, A, A, A);
    rule("PUT /api/clients/{id}/ledger/{month}", U, A, A, A);
    rule("GET /api/clients/{clientId}/incidents", U, A, A, A);
    rule("POST /api/clients/{clientId}/incidents", U, A, A, A);
    rule("GET /api/clients/{id}/interactions", U, A, A, A);
    rule("POST /api/clients/{id}/interactions", U, A, A, A);
    rule("GET /api/messages/{id}", U, A, A, A);
    rule("GET /api/messages/{id}.html", U, A, A, A);
    rule("GET /api/messages/{id}.pdf", U, A, A, A);
    rule("GET /api/tasks", U, A, A, A);
    rule("GET /api/tasks/{id}", U, A, A, A);
    // The task is claimed by OPS (olivia): nobody else may claim, release or complete it.
    rule("POST /api/tasks/{id}/claim", U, A, C, C);
    rule("POST /api/tasks/{id}/unclaim", U, A, C, C);
    rule("POST /api/tasks/{id}/complete", U, A, C, C);
    // Open to all: the sign-in state, the client's answer link (its token is the credential)
    // and the error page.
    rule("GET /api/session", A, A, A, A);
    rule("GET /api/public/proposals/{token}", A, A, A, A);
    rule("POST /api/public/proposals/{token}/answer", A, A, A, A);
    rule("GET /v3/api-docs", U, A, A, A);
    rule("GET /v3/api-docs.yaml", U, A, A, A);
    rule("GET /v3/api-docs/swagger-config", U, A, A, A);
    rule("GET /swagger-ui.html", U, A, A, A);
    rule("GET /error", A, A, A, A);
    rule("POST /error", A, A, A, A);
  }

  private static void rule(String endpoint, Access... cells) {
    MATRIX.put(endpoint, List.of(cells));
  }

  private static int cellsChecked;
  private long reviewTaskId;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointOfTheAppHasARuleAndEveryRuleAnEndpoint() {
    assertThat(endpointsOfTheApp()).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
  }

  @TestFactory
  Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    reviewTaskId = review.getId();
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("/api/cases/{id}", "/api/cases/" + caseId);
    ids.put("/api/cases/{caseId}", "/api/cases/" + caseId);
    ids.put("/api/clients/{id}", "/api/clients/" + client.getId());
    ids.put("/api/clients/{clientId}", "/api/clients/" + client.getId());
    ids.put("/api/messages/{id}", "/api/messages/987654");
    ids.put("/api/operations/jobs/{jobKey}", "/api/operations/jobs/987654");
    ids.put("/api/operations/messages/{id}", "/api/operations/messages/987654");
    ids.put("/api/operations/tasks/{id}", "/api/operations/tasks/987654");
    ids.put("/api/operations/cases/{id}", "/api/operations/cases/987654");
    ids.put("/api/tasks/{id}", "/api/tasks/" + review.getId());
    ids.put("{token}", "not-a-real-token");
    // Ids that name nothing: no cell may change a deliverable or a ledger month.
    ids.put("{deliverableId}", "987654");
    ids.put("{month}", "1999-01");

    List<DynamicTest> cells = new ArrayList<>();
    for (Map.Entry<String, List<Access>> row : MATRIX.entrySet()) {
      for (Caller caller : Caller.values()) {
        Access expected = row.getValue().get(caller.ordinal());
        cells.add(
            DynamicTest.dynamicTest(
                row.getKey() + " as " + caller + " -> " + expected,
                () -> check(row.getKey(), caller, expected, ids)));
      }
    }
    return cells.stream();
  }

  private void check(String endpoint, Caller caller, Access expected, Map<String, String> ids)
      throws Exception {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    if (path.startsWith("/api/tasks/")) {
      // Each task cell starts from the task claimed by olivia (her own release is a cell too).
      if (taskActions.details(reviewTaskId, OLIVIA).task().getAssignee() == null) {
        taskActions.claim(reviewTaskId, OLIVIA);
      }
    }
    // Empty bodies: security decides before the body is read, and an empty form never passes
    // validation, so no cell completes the task or changes a record.
    String body =
        method.equals("GET") ? "" : path.endsWith("/complete") ? "{\"variables\":{}}" : "{}";
    var request =
        request(HttpMethod.valueOf(method), path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(csrf());
    if (caller.user != null) {
      request.with(httpBasic(caller.user, caller.user));
    }
    var response = mvc.perform(request).andReturn().getResponse();
    int status = response.getStatus();

    String context = caller + " got " + status + ": " + response.getContentAsString();
    switch (expected) {
      case UNAUTHENTICATED -> assertThat(status).as(context).isEqualTo(401);
      case FORBIDDEN -> assertThat(status).as(context).isEqualTo(403);
      case ALLOWED -> assertThat(status).as(context).isNotIn(401, 403);
      case CLAIMED_BY_ANOTHER -> assertThat(status).as(context).isEqualTo(409);
    }
    cellsChecked++;
  }

  @Test
  void passwordsAreKeptHashedNeverAsTyped() {
    for (String name : List.of("olivia", "omar", "maria", "mateo")) {
      String stored = users.loadUserByUsername(name).getPassword();
      assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(name);
    }
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "access-matrix",
        Map.of(
            "endpoints",
            MATRIX.size(),
            "callers",
            Caller.values().length,
            "cells checked",
            cellsChecked));
  }

  private Set<String> endpointsOfTheApp() {
    // A set: the error page is mapped twice (for HTML and for everything else).
    Set<String> endpoints = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              var methods = info.getMethodsCondition().getMethods();
              for (String pattern : new TreeSet<>(info.getPatternValues())) {
                if (methods.isEmpty()) {
                  // Mapped for any method (the error page): GET and POST are what reach it.
                  endpoints.add("GET " + pattern);
                  endpoints.add("POST " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
              }
            });
    return endpoints;
  }
}
