package com.exitdesk.reliability;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.caseflow.ProcessConstants.Messages;
import com.exitdesk.caseflow.ProposalStatus;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import com.exitdesk.support.TaskForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The side doors a probe from outside found: each test replays one attack against the whole app, on
 * a real port where the attack needs one (chunked bodies, cookies, forwarded headers), and asserts
 * that it is refused or flagged. The counts go to RELIABILITY.md under "Attacks tried".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:sidedoors;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
class SideDoorTest extends ProcessTestSupport {

  /** Attack → how many requests or commands tried it; each one was refused or flagged. */
  private static final Map<String, Integer> ATTACKS = new TreeMap<>();

  private static final Pattern ANSWER_LINK = Pattern.compile("answer\\.html#([A-Za-z0-9_.-]+)");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired CamundaClient camunda;
  @Autowired AuditTrail audit;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  // 1. The engine's record is trusted only where the app itself acted.

  @Test
  void anApprovalCompletedFromOutsideTheInboxIsRefusedAndAudited() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("EXIT"));
    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);

    // An anonymous gateway client completes the manager's job itself, naming another manager.
    camunda
        .newCompleteCommand(approval.getJobKey())
        .variables(
            Map.of("approvalDecision", "APPROVE", "approvalComment", "ok", "approvedBy", "mateo"))
        .send()
        .join();
    attack("1. decision completed on the engine, not through the inbox (four-eyes bypass)", 1);

    AuditEvent refused =
        await()
            .atMost(WAIT)
            .until(
                () ->
                    audit.forCase(caseId).stream()
                        .filter(e -> e.getType() == AuditType.DECISION_REFUSED)
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(refused.getSummary()).contains("inbox").contains("mateo");
    assertThat(caseOf(caseId).getApproval().decidedBy()).isNull();
    assertThat(caseOf(caseId).getPhase()).isNotEqualTo(CasePhase.WINDING_DOWN);
  }

  @Test
  void aWithdrawalTheAppDidNotSendIsFlaggedOnTheTimeline() {
    long caseId = caseInCoolingOff(profitableClient());

    camunda
        .newPublishMessageCommand()
        .messageName(Messages.EXIT_WITHDRAWN)
        .correlationKey(Long.toString(caseId))
        .variables(Map.of("withdrawnBy", "maria", "withdrawalReason", "from outside"))
        .send()
        .join();
    attack("1. withdrawal published on the engine, not through the app", 1);

    awaitCase(caseId, c -> c.getStatus() == CaseStatus.WITHDRAWN);
    await()
        .atMost(WAIT)
        .until(
            () -> audit.forCase(caseId).stream().map(AuditEvent::getType).toList(),
            types -> types.contains(AuditType.OUTSIDE_CHANGE_FLAGGED));
  }

  // 2. CSRF and the Basic challenge.

  @Test
  void anyAuthorizationHeaderNoLongerSkipsTheCsrfCheck() throws Exception {
    Client client = profitableClient();
    String body = "{\"clientId\":" + client.getId() + ",\"reason\":\"Forged from another site\"}";

    // A session (the browser's sign-in) with a made-up bearer token and no CSRF token.
    MockHttpServletResponse bearer =
        mvc.perform(
                post("/api/cases")
                    .with(user("olivia").roles("OPS"))
                    .header("Authorization", "Bearer x")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse();
    // A cross-site form post that carries Basic credentials the browser remembered.
    MockHttpServletResponse crossSite =
        mvc.perform(
                post("/api/cases")
                    .with(httpBasic("olivia", "olivia"))
                    .header("Sec-Fetch-Site", "cross-site")
                    .header("Origin", "https://evil.example")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse();
    attack("2. CSRF: bearer header on a session, Basic on a cross-site post", 2);

    assertThat(bearer.getStatus()).as(bearer.getContentAsString()).isEqualTo(403);
    assertThat(crossSite.getStatus()).as(crossSite.getContentAsString()).isEqualTo(403);
    assertThat(cases.casesOf(client.getId())).isEmpty();
  }

  @Test
  void browsersGetNoBasicChallenge() throws Exception {
    MockHttpServletResponse browser =
        mvc.perform(
                get("/api/cases")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Sec-Fetch-Mode", "navigate"))
            .andReturn()
            .getResponse();
    MockHttpServletResponse fetch =
        mvc.perform(get("/api/cases").header("Sec-Fetch-Mode", "cors")).andReturn().getResponse();
    MockHttpServletResponse curl =
        mvc.perform(get("/api/cases").header("Accept", "*/*")).andReturn().getResponse();
    attack("2. Basic challenge offered to a browser", 2);

    assertThat(browser.getStatus()).isEqualTo(401);
    assertThat(browser.getHeader("WWW-Authenticate")).isNull();
    assertThat(fetch.getHeader("WWW-Authenticate")).isNull();
    // API clients still learn how to sign in.
    assertThat(curl.getHeader("WWW-Authenticate")).startsWith("Basic");
  }

  // 3. Brute force.

  @Test
  void wrongPasswordsForOneUserAreThrottledWithRetryAfter() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      statuses.add(basic("omar", "guess" + i, "192.0.2.10").getStatus());
    }
    // Even the right password waits while the user is throttled: a guess must not be confirmed.
    MockHttpServletResponse right = basic("omar", "omar", "192.0.2.11");
    attack("3. wrong passwords for one user", 16);

    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.subList(10, 15)).containsOnly(429);
    assertThat(right.getStatus()).isEqualTo(429);
    assertThat(Long.parseLong(right.getHeader("Retry-After"))).isPositive();
    assertThat(right.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void wrongPasswordsFromOneAddressAreThrottledAndOthersAreNot() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 55; i++) {
      statuses.add(basic("nobody" + i, "guess", "198.51.100.9").getStatus());
    }
    MockHttpServletResponse sameAddress = basic("maria", "maria", "198.51.100.9");
    MockHttpServletResponse otherAddress = basic("maria", "maria", "198.51.100.10");
    attack("3. wrong passwords from one address", 56);

    assertThat(statuses.subList(0, 50)).containsOnly(401);
    assertThat(statuses.subList(50, 55)).containsOnly(429);
    assertThat(sameAddress.getStatus()).isEqualTo(429);
    assertThat(sameAddress.getHeader("Retry-After")).isNotBlank();
    assertThat(otherAddress.getStatus()).isEqualTo(200);
  }

  @Test
  void aWrongSignInFormIsThrottledToo() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      statuses.add(
          mvc.perform(
                  post("/login")
                      .with(
                          org.springframework.security.test.web.servlet.request
                              .SecurityMockMvcRequestPostProcessors.csrf())
                      .with(from("192.0.2.77"))
                      .param("username", "formuser")
                      .param("password", "wrong" + i))
              .andReturn()
              .getResponse()
              .getStatus());
    }
    attack("3. wrong passwords on the sign-in form", 12);
    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.subList(10, 12)).containsOnly(429);
  }

  // 4. Body limit.

  @Test
  void aChunkedBodyOverOneMebibyteIsRefused() throws Exception {
    byte[] big =
        ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"email\":\"a@b.example\"}")
            .getBytes(StandardCharsets.UTF_8);
    // No Content-Length: the client streams the body in chunks.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/clients"))
            .header("Authorization", basicHeader("olivia", "olivia"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    attack("4. chunked body of 2 MiB without Content-Length", 1);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("1 MiB");
  }

  // 5. Case data in task forms, and the browser's protections.

  @Test
  void caseDataReachesTaskFormsAsTextNotAsMarkdownOrHtml() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    Map<String, Object> review = new HashMap<>(TaskForms.contractReview("EXIT"));
    review.put(
        "justification",
        "See [our portal](https://evil.example/login) ![x](https://evil.example/pixel.png)"
            + " <img src=\"https://evil.example/p.png\"> **now**");
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, review);
    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);

    JsonNode details =
        json.readTree(
            mvc.perform(get("/api/tasks/" + approval.getId()).with(httpBasic("maria", "maria")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    attack("5. link, image and HTML in a justification shown in the manager's form", 1);

    List<String> texts = new ArrayList<>();
    details.path("form").path("components").findValues("text").forEach(t -> texts.add(t.asText()));
    String all = String.join("\n", texts);
    assertThat(all).contains("our portal");
    assertThat(all)
        .doesNotContain("[our portal](")
        .doesNotContain("![x](")
        .doesNotContain("<img")
        .doesNotContain("**now**")
        .doesNotContain("{{justification}}");
    // The facts beside the form still carry the text as written.
    assertThat(details.path("variables").path("justification").asText()).contains("[our portal](");
  }

  @Test
  void pagesCarryACspAndCookiesAreLaxAndSecureBehindTls() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/index.html")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> plain = session(false);
    HttpResponse<String> behindTls = session(true);
    attack("5. missing CSP, Referrer-Policy and cookie flags", 3);

    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("default-src 'self'").contains("img-src 'self' data:");
    assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
    String plainCookie = plain.headers().firstValue("Set-Cookie").orElse("");
    String tlsCookie = behindTls.headers().firstValue("Set-Cookie").orElse("");
    assertThat(plainCookie).contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(tlsCookie).contains("SameSite=Lax").contains("Secure");
  }

  // 6 and 7. Answer links.

  @Test
  void staffCopiesOfAProposalCarryNoUsableAnswerLink() throws Exception {
    long caseId = caseAwaitingClientAnswer();
    OutboxMessage sent = awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);
    String clientsToken = token(sent.getBodyText());
    assertThat(publicProposal(clientsToken)).as("the client's own link works").isEqualTo(200);

    List<String> staffCopies = new ArrayList<>();
    for (String path :
        List.of(
            "/api/messages/" + sent.getId(),
            "/api/messages/" + sent.getId() + ".html",
            "/api/cases/" + caseId + "/messages/preview?kind=RENEGOTIATION_PROPOSAL")) {
      staffCopies.add(
          mvc.perform(get(path).with(httpBasic("olivia", "olivia")))
              .andReturn()
              .getResponse()
              .getContentAsString());
    }
    attack("6. answer link read from a staff copy of the message", staffCopies.size());

    for (String copy : staffCopies) {
      assertThat(copy).doesNotContain(clientsToken);
      Matcher link = ANSWER_LINK.matcher(copy.replace("\\u0023", "#"));
      while (link.find()) {
        assertThat(publicProposal(link.group(1))).as(link.group(1)).isEqualTo(404);
      }
    }

    // Staff record an answer under their own name.
    mvc.perform(
            post("/api/cases/" + caseId + "/client-response")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"accepted\":false,\"comment\":\"By phone\"}"))
        .andReturn();
    assertThat(audit.forCase(caseId))
        .filteredOn(e -> e.getType() == AuditType.CLIENT_ANSWERED)
        .singleElement()
        .extracting(AuditEvent::getActor)
        .isEqualTo("olivia");
  }

  @Test
  void anAnswerAfterTheDeadlineIsGoneNotAlreadyAnswered() throws Exception {
    long caseId = caseAwaitingClientAnswer();
    String token = token(awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL).getBodyText());
    awaitTimer(caseId, "timer_proposal_expired");
    moveClock(Duration.ofDays(8));
    await()
        .atMost(WAIT)
        .until(
            () -> cases.proposalsOf(caseId).getFirst().getStatus(),
            s -> s == ProposalStatus.EXPIRED);

    MockHttpServletResponse answer =
        mvc.perform(
                post("/api/public/proposals/" + token + "/answer")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"accepted\":true}"))
            .andReturn()
            .getResponse();
    attack("7. answer sent after the deadline", 1);

    assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(410);
    assertThat(answer.getContentAsString()).contains("expired on");
  }

  // 8. Metrics.

  @Test
  void metricsNeedARole() throws Exception {
    int anonymous = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus();
    int ops =
        mvc.perform(get("/actuator/prometheus").with(httpBasic("olivia", "olivia")))
            .andReturn()
            .getResponse()
            .getStatus();
    int manager =
        mvc.perform(get("/actuator/prometheus").with(httpBasic("maria", "maria")))
            .andReturn()
            .getResponse()
            .getStatus();
    attack("8. metrics read anonymously and by staff", 2);

    assertThat(anonymous).isEqualTo(401);
    assertThat(ops).isEqualTo(403);
    assertThat(manager).isEqualTo(200);
  }

  // 9. Input details.

  @Test
  void malformedUtf8IsRefused() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"name\":\"Acme".getBytes(StandardCharsets.US_ASCII));
    // An overlong encoding of '/': two bytes for what UTF-8 writes in one.
    body.write(0xC0);
    body.write(0xAF);
    body.writeBytes(
        "\",\"email\":\"overlong@acme.example\",\"locale\":\"en\"}"
            .getBytes(StandardCharsets.US_ASCII));
    MockHttpServletResponse response =
        mvc.perform(
                post("/api/clients")
                    .with(httpBasic("olivia", "olivia"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body.toByteArray()))
            .andReturn()
            .getResponse();
    attack("9. overlong UTF-8 in a client's name", 1);

    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(clients.list()).noneMatch(c -> c.getEmail().equals("overlong@acme.example"));
  }

  @Test
  void lineBreaksOfEveryKindAreRefusedInSingleLineFieldsAndEmojiAccepted() throws Exception {
    int lineSeparator = newClient("Acme\u2028Ltd", "ls@acme.example").getStatus();
    int nextLine = newClient("Acme\u0085Ltd", "nel@acme.example").getStatus();
    int paragraph = newClient("Acme\u2029Ltd", "ps@acme.example").getStatus();
    int bidiOverride = newClient("Acme\u202eLtd", "rlo@acme.example").getStatus();
    int emoji =
        newClient("Studio \uD83D\uDC69\u200D\uD83D\uDCBB Norte", "zwj@acme.example").getStatus();
    attack("9. U+2028, U+2029, U+0085 and U+202E in a single-line field", 4);

    assertThat(List.of(lineSeparator, nextLine, paragraph, bidiOverride)).containsOnly(400);
    assertThat(emoji).as("a ZWJ emoji is text").isEqualTo(201);
  }

  @Test
  void aDueDateOfYear99999IsRefused() throws Exception {
    Client client = profitableClient();
    List<Integer> statuses = new ArrayList<>();
    for (String date : List.of("+99999-01-01", "0001-01-01")) {
      statuses.add(
          mvc.perform(
                  post("/api/clients/" + client.getId() + "/deliverables")
                      .with(httpBasic("olivia", "olivia"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"title\":\"Catalogue\",\"dueDate\":\"" + date + "\"}"))
              .andReturn()
              .getResponse()
              .getStatus());
    }
    attack("9. due dates in year 99999 and year 1", 2);
    assertThat(statuses).containsOnly(400);
    assertThat(clients.deliverablesOf(client.getId())).isEmpty();
  }

  @Test
  void aBadIdempotencyKeyGetsAProblemDetail() throws Exception {
    Client client = profitableClient();
    List<MockHttpServletResponse> answers = new ArrayList<>();
    for (String key : List.of("", " ", "a b", "é", "x".repeat(101))) {
      answers.add(
          mvc.perform(
                  post("/api/clients/" + client.getId() + "/incidents")
                      .with(httpBasic("olivia", "olivia"))
                      .header("Idempotency-Key", key)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"sign\":\"LOSING_MONEY\",\"severity\":\"LOW\",\"description\":\"x\","
                              + "\"occurredOn\":\""
                              + today()
                              + "\"}"))
              .andReturn()
              .getResponse());
    }
    attack("9. malformed Idempotency-Key", answers.size());
    for (MockHttpServletResponse answer : answers) {
      assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
      assertThat(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(answer.getContentAsString()).contains("Idempotency-Key");
    }
    assertThat(incidents.incidentsOf(client.getId())).isEmpty();
  }

  @Test
  void aBadIdempotencyKeyOnTheWireGetsAProblemDetail() throws Exception {
    Client client = profitableClient();
    String body =
        "{\"sign\":\"LOSING_MONEY\",\"severity\":\"LOW\",\"description\":\"x\",\"occurredOn\":\""
            + today()
            + "\"}";
    List<String> answers = new ArrayList<>();
    // Raw bytes a client library would refuse to send: UTF-8, a control character, a bare key.
    for (byte[] key :
        List.of(
            "caf\u00c3\u00a9".getBytes(StandardCharsets.ISO_8859_1),
            new byte[] {'a', 0x01, 'b'},
            new byte[] {'a', 0x7f})) {
      answers.add(rawPost("/api/clients/" + client.getId() + "/incidents", key, body));
    }
    attack("9. malformed Idempotency-Key sent as raw bytes", answers.size());
    for (String answer : answers) {
      assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }
    assertThat(incidents.incidentsOf(client.getId())).isEmpty();
  }

  private String rawPost(String path, byte[] idempotencyKey, String body) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      byte[] json = body.getBytes(StandardCharsets.UTF_8);
      request.writeBytes(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + "Authorization: "
                  + basicHeader("olivia", "olivia")
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + json.length
                  + "\r\nIdempotency-Key: ")
              .getBytes(StandardCharsets.US_ASCII));
      request.writeBytes(idempotencyKey);
      request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      request.writeBytes(json);
      socket.getOutputStream().write(request.toByteArray());
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record("attacks", ATTACKS);
  }

  private static synchronized void attack(String what, int tries) {
    ATTACKS.merge(what, tries, Integer::sum);
  }

  private long caseAwaitingClientAnswer() {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, TaskForms.newTerms());
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    return caseId;
  }

  private static String token(String text) {
    Matcher link = ANSWER_LINK.matcher(text);
    assertThat(link.find()).as("an answer link in " + text).isTrue();
    return link.group(1);
  }

  private int publicProposal(String token) throws Exception {
    return mvc.perform(get("/api/public/proposals/" + token)).andReturn().getResponse().getStatus();
  }

  private MockHttpServletResponse newClient(String name, String email) throws Exception {
    return mvc.perform(
            post("/api/clients")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json.writeValueAsString(Map.of("name", name, "email", email, "locale", "en"))))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse basic(String user, String password, String address)
      throws Exception {
    return mvc.perform(
            get("/api/cases")
                .header("Authorization", basicHeader(user, password))
                .with(from(address)))
        .andReturn()
        .getResponse();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor from(
      String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static String basicHeader(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> session(boolean behindTls) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/session"));
    if (behindTls) {
      request.header("X-Forwarded-Proto", "https");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
