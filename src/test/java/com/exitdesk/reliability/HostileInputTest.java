package com.exitdesk.reliability;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import com.exitdesk.support.TaskForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile and malformed requests against every write endpoint: each must be refused with a 4xx
 * problem detail that names the field at fault, and leave every table of the database exactly as it
 * was. A database of its own keeps other tests' background work out of the comparison.
 */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
class HostileInputTest extends ProcessTestSupport {

  private static final String LONG_201 = "x".repeat(201);
  private static final String LONG_1001 = "x".repeat(1001);
  private static final String LONG_2001 = "x".repeat(2001);
  private static final String LONG_4001 = "x".repeat(4001);
  private static final int ONE_MEBIBYTE = 1024 * 1024;

  private static int tried;
  private static int refusedCleanly;

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  /** A request, what it must be answered with, and the field the answer must name. */
  record Hostile(
      String description, HttpMethod method, String path, String body, int status, String field) {}

  @TestFactory
  Stream<DynamicTest> everyHostileRequestIsRefusedAndChangesNothing() throws Exception {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    long owed = deliverable(client, "Catalogue");
    long delivered = deliverable(client, "Brand book");
    clientDeliverables.markDelivered(client.getId(), delivered, today(), null, "test");
    Map<String, String> ids =
        Map.of(
            "{client}", client.getId().toString(),
            "{case}", Long.toString(caseId),
            "{task}", review.getId().toString(),
            "{owed}", Long.toString(owed),
            "{delivered}", Long.toString(delivered),
            "{month}", java.time.YearMonth.from(today()).minusMonths(1).toString(),
            "{next-month}", java.time.YearMonth.from(today()).plusMonths(1).toString(),
            "{tomorrow}", today().plusDays(1).toString());
    awaitQuiet();

    return hostileRequests().stream()
        .map(
            hostile ->
                DynamicTest.dynamicTest(
                    hostile.method() + " " + hostile.path() + ": " + hostile.description(),
                    () -> assertRefusedWithoutChange(hostile, ids)));
  }

  private void assertRefusedWithoutChange(Hostile hostile, Map<String, String> ids)
      throws Exception {
    tried++;
    String path = hostile.path();
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    String before = fingerprint();
    // Withdrawing and reviewing the criteria are managers' actions; the demo users' passwords are
    // their names.
    String user =
        hostile.path().contains("withdraw") || hostile.path().contains("criteria-reviews")
            ? "maria"
            : "olivia";
    var request =
        request(hostile.method(), path)
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON);
    if (hostile.body() != null) {
      String body = hostile.body();
      for (Map.Entry<String, String> id : ids.entrySet()) {
        body = body.replace(id.getKey(), id.getValue());
      }
      request.content(body);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(hostile.status());
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode problem = json.readTree(response.getContentAsString());
    if (hostile.field() != null) {
      List<String> fields = new ArrayList<>();
      problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      assertThat(fields).as(response.getContentAsString()).contains(hostile.field());
    }
    assertThat(fingerprint()).as("the database after the request").isEqualTo(before);
    refusedCleanly++;
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "hostile-input",
        Map.of(
            "requests tried",
            tried,
            "refused with a problem detail, database unchanged",
            refusedCleanly));
  }

  static List<Hostile> hostileRequests() {
    List<Hostile> all = new ArrayList<>();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    // New clients: names and addresses reach mail headers, letters and the inbox.
    String clients = "/api/clients";
    Map<String, Object> client =
        Map.of("name", "Acme", "email", "ops@acme.example", "locale", "en");
    all.add(post("name missing", clients, without(client, "name"), 400, "name"));
    all.add(post("name blank", clients, with(client, "name", "   "), 400, "name"));
    all.add(post("name of 201 characters", clients, with(client, "name", LONG_201), 400, "name"));
    all.add(
        post(
            "CR LF header injection in the name",
            clients,
            with(client, "name", "Acme\r\nBcc: a@evil.example"),
            400,
            "name"));
    all.add(post("line feed in the name", clients, with(client, "name", "Acme\nLtd"), 400, "name"));
    all.add(
        post(
            "NUL character in the name", clients, with(client, "name", "Acme\u0000"), 400, "name"));
    all.add(
        post(
            "escape sequence in the name",
            clients,
            with(client, "name", "Acme\u001b[31m"),
            400,
            "name"));
    all.add(post("name is a number", clients, with(client, "name", 42), 400, "name"));
    all.add(
        post(
            "name is an object", clients, with(client, "name", Map.of("first", "A")), 400, "name"));
    all.add(post("name is a list", clients, with(client, "name", List.of("A")), 400, "name"));
    all.add(
        post(
            "name of invisible characters only",
            clients,
            with(client, "name", "\u200b\u200b"),
            400,
            "name"));
    all.add(
        post(
            "CR LF in the contact name",
            clients,
            with(client, "contactName", "Ana\r\nBcc: a@evil.example"),
            400,
            "contactName"));
    all.add(
        post(
            "contact name of 201 characters",
            clients,
            with(client, "contactName", LONG_201),
            400,
            "contactName"));
    String contact = "/api/clients/{client}/contact";
    all.add(put("contact name missing", contact, Map.of(), 400, "contactName"));
    all.add(
        put(
            "line feed in the contact name",
            contact,
            Map.of("contactName", "Ana\nLópez"),
            400,
            "contactName"));
    all.add(
        put("contact name is a number", contact, Map.of("contactName", 42), 400, "contactName"));
    all.add(post("email missing", clients, without(client, "email"), 400, "email"));
    all.add(
        post("email without @", clients, with(client, "email", "ops.acme.example"), 400, "email"));
    all.add(
        post(
            "CR LF header injection in the email",
            clients,
            with(client, "email", "ops@acme.example\r\nBcc: a@evil.example"),
            400,
            "email"));
    all.add(
        post(
            "two addresses in the email",
            clients,
            with(client, "email", "ops@acme.example, boss@acme.example"),
            400,
            "email"));
    all.add(
        post(
            "email of 321 characters",
            clients,
            with(client, "email", "a".repeat(309) + "@acme.example"),
            400,
            "email"));
    all.add(post("email is a number", clients, with(client, "email", 7), 400, "email"));
    all.add(post("locale spelled out", clients, with(client, "locale", "english"), 400, "locale"));
    all.add(post("locale in capitals", clients, with(client, "locale", "EN"), 400, "locale"));
    all.add(
        post(
            "locale with a script fragment",
            clients,
            with(client, "locale", "<script>"),
            400,
            "locale"));
    all.add(post("unknown field", clients, with(client, "admin", true), 400, "admin"));
    all.add(post("id smuggled in", clients, with(client, "id", 1), 400, "id"));
    all.add(raw("truncated JSON", HttpMethod.POST, clients, "{\"name\":\"Acme\"", 400, "body"));
    all.add(raw("not JSON at all", HttpMethod.POST, clients, "name=Acme", 400, "body"));
    all.add(raw("empty body", HttpMethod.POST, clients, "", 400, "body"));
    all.add(raw("JSON null", HttpMethod.POST, clients, "null", 400, "body"));
    all.add(raw("JSON array", HttpMethod.POST, clients, "[]", 400, "body"));
    all.add(raw("JSON string", HttpMethod.POST, clients, "\"Acme\"", 400, "body"));
    all.add(raw("trailing garbage", HttpMethod.POST, clients, json(client) + "}", 400, "body"));
    all.add(
        raw(
            "duplicate keys",
            HttpMethod.POST,
            clients,
            "{\"name\":\"A\",\"name\":\"B\",\"email\":\"ops@acme.example\",\"locale\":\"en\"}",
            400,
            "body"));
    all.add(
        raw(
            "lone surrogate in the name",
            HttpMethod.POST,
            clients,
            "{\"name\":\"\\ud800\",\"email\":\"ops@acme.example\",\"locale\":\"en\"}",
            400,
            "name"));
    all.add(
        raw(
            "body over 1 MiB",
            HttpMethod.POST,
            clients,
            "{\"name\":\"" + "x".repeat(ONE_MEBIBYTE) + "\"}",
            413,
            "body"));

    // Contract terms: money, dates and the notice period decide what a letter promises.
    String contract = "/api/clients/{client}/contract";
    Map<String, Object> terms = new HashMap<>();
    terms.put("startDate", "2026-01-01");
    terms.put("endDate", "2027-01-01");
    terms.put("monthlyFee", 3000);
    terms.put("currency", "EUR");
    terms.put("noticePeriodDays", 30);
    terms.put("earlyTerminationFee", 0);
    terms.put("terminationClause", "Clause 9");
    terms.put("scope", "Catalogue");
    all.add(put("start date missing", contract, without(terms, "startDate"), 400, "startDate"));
    all.add(
        put(
            "impossible start date",
            contract,
            with(terms, "startDate", "2026-02-30"),
            400,
            "startDate"));
    all.add(put("month 13", contract, with(terms, "endDate", "2026-13-01"), 400, "endDate"));
    all.add(
        put("date in words", contract, with(terms, "startDate", "yesterday"), 400, "startDate"));
    all.add(
        put(
            "date with a time",
            contract,
            with(terms, "startDate", "2026-01-01T10:00:00"),
            400,
            "startDate"));
    all.add(
        put("end before start", contract, with(terms, "endDate", "2025-01-01"), 400, "endDate"));
    all.add(put("negative fee", contract, with(terms, "monthlyFee", -1), 400, "monthlyFee"));
    all.add(
        put(
            "absurd fee",
            contract,
            with(terms, "monthlyFee", new java.math.BigDecimal("1e20")),
            400,
            "monthlyFee"));
    all.add(
        put(
            "fee in thousandths",
            contract,
            with(terms, "monthlyFee", new java.math.BigDecimal("0.001")),
            400,
            "monthlyFee"));
    all.add(put("fee as words", contract, with(terms, "monthlyFee", "lots"), 400, "monthlyFee"));
    all.add(put("fee missing", contract, without(terms, "monthlyFee"), 400, "monthlyFee"));
    all.add(put("fee is true", contract, with(terms, "monthlyFee", true), 400, "monthlyFee"));
    all.add(
        raw(
            "fee beyond a double",
            HttpMethod.PUT,
            contract,
            json(terms).replace("\"monthlyFee\":3000", "\"monthlyFee\":1e400"),
            400,
            "monthlyFee"));
    all.add(
        put("currency in lower case", contract, with(terms, "currency", "eur"), 400, "currency"));
    all.add(
        put("currency spelled out", contract, with(terms, "currency", "EURO"), 400, "currency"));
    all.add(put("currency blank", contract, with(terms, "currency", ""), 400, "currency"));
    all.add(
        put(
            "negative notice period",
            contract,
            with(terms, "noticePeriodDays", -1),
            400,
            "noticePeriodDays"));
    all.add(
        put(
            "notice period over a year",
            contract,
            with(terms, "noticePeriodDays", 366),
            400,
            "noticePeriodDays"));
    all.add(
        put(
            "notice period in fractions",
            contract,
            with(terms, "noticePeriodDays", 1.5),
            400,
            "noticePeriodDays"));
    all.add(
        put(
            "notice period as text",
            contract,
            with(terms, "noticePeriodDays", "thirty"),
            400,
            "noticePeriodDays"));
    all.add(
        put(
            "notice period beyond an int",
            contract,
            with(terms, "noticePeriodDays", 99999999999L),
            400,
            "noticePeriodDays"));
    all.add(
        put(
            "negative termination fee",
            contract,
            with(terms, "earlyTerminationFee", -5),
            400,
            "earlyTerminationFee"));
    all.add(
        put(
            "termination clause of 2001 characters",
            contract,
            with(terms, "terminationClause", LONG_2001),
            400,
            "terminationClause"));
    all.add(
        put("scope of 4001 characters", contract, with(terms, "scope", LONG_4001), 400, "scope"));
    all.add(put("unknown field", contract, with(terms, "discount", 10), 400, "discount"));
    all.add(put("unknown client", contract.replace("{client}", "987654"), terms, 404, null));
    all.add(put("client id not a number", contract.replace("{client}", "acme"), terms, 400, "id"));

    // Deliverables still owed: their titles go into the letter.
    String deliverables = "/api/clients/{client}/deliverables";
    Map<String, Object> deliverable = Map.of("title", "Catalogue", "dueDate", tomorrow);
    all.add(post("title blank", deliverables, with(deliverable, "title", ""), 400, "title"));
    all.add(post("title missing", deliverables, without(deliverable, "title"), 400, "title"));
    all.add(
        post(
            "title of 201 characters",
            deliverables,
            with(deliverable, "title", LONG_201),
            400,
            "title"));
    all.add(
        post(
            "CR LF in the title",
            deliverables,
            with(deliverable, "title", "A\r\nB"),
            400,
            "title"));
    all.add(
        post("due date missing", deliverables, without(deliverable, "dueDate"), 400, "dueDate"));
    all.add(
        post(
            "due date 29 February of a common year",
            deliverables,
            with(deliverable, "dueDate", "2027-02-29"),
            400,
            "dueDate"));
    all.add(
        post(
            "due date as a number",
            deliverables,
            with(deliverable, "dueDate", 20270101),
            400,
            "dueDate"));

    // Changing a deliverable still owed: its title goes into the letter.
    String owed = "/api/clients/{client}/deliverables/{owed}";
    all.add(put("changed title blank", owed, with(deliverable, "title", " "), 400, "title"));
    all.add(
        put("changed title with CR LF", owed, with(deliverable, "title", "A\r\nB"), 400, "title"));
    all.add(
        put(
            "changed title of 201 characters",
            owed,
            with(deliverable, "title", LONG_201),
            400,
            "title"));
    all.add(put("changed due date missing", owed, without(deliverable, "dueDate"), 400, "dueDate"));
    all.add(
        put(
            "changed due date in year 99999",
            owed,
            with(deliverable, "dueDate", "+99999-01-01"),
            400,
            "dueDate"));
    all.add(
        put(
            "changed due date 30 February",
            owed,
            with(deliverable, "dueDate", "2027-02-30"),
            400,
            "dueDate"));
    all.add(put("status smuggled in", owed, with(deliverable, "status", "DONE"), 400, "status"));
    all.add(
        put(
            "deliverable already delivered",
            "/api/clients/{client}/deliverables/{delivered}",
            deliverable,
            409,
            null));
    all.add(
        put(
            "unknown deliverable",
            "/api/clients/{client}/deliverables/987654",
            deliverable,
            404,
            null));
    all.add(
        put(
            "deliverable id not a number",
            "/api/clients/{client}/deliverables/one",
            deliverable,
            400,
            "deliverableId"));
    all.add(
        put(
            "deliverable of an unknown client",
            "/api/clients/987654/deliverables/{owed}",
            deliverable,
            404,
            null));
    all.add(
        raw(
            "removing a delivered deliverable",
            HttpMethod.DELETE,
            "/api/clients/{client}/deliverables/{delivered}",
            null,
            409,
            null));
    all.add(
        raw(
            "removing an unknown deliverable",
            HttpMethod.DELETE,
            "/api/clients/{client}/deliverables/987654",
            null,
            404,
            null));
    all.add(
        raw(
            "removing another client's deliverable",
            HttpMethod.DELETE,
            "/api/clients/987654/deliverables/{owed}",
            null,
            404,
            null));
    String delivery = owed + "/delivered";
    Map<String, Object> handedOver = Map.of("deliveredOn", today, "deliveryNotes", "By SFTP");
    all.add(
        post(
            "delivered tomorrow",
            delivery,
            with(handedOver, "deliveredOn", "{tomorrow}"),
            400,
            "deliveredOn"));
    all.add(
        post(
            "delivery date missing",
            delivery,
            without(handedOver, "deliveredOn"),
            400,
            "deliveredOn"));
    all.add(
        post(
            "delivered in 1899",
            delivery,
            with(handedOver, "deliveredOn", "1899-12-31"),
            400,
            "deliveredOn"));
    all.add(
        post(
            "delivery notes of 4001 characters",
            delivery,
            with(handedOver, "deliveryNotes", LONG_4001),
            400,
            "deliveryNotes"));
    all.add(
        post(
            "delivered twice",
            "/api/clients/{client}/deliverables/{delivered}/delivered",
            handedOver,
            409,
            null));

    // Editing the client: the name and address reach mail headers and letters.
    String editClient = "/api/clients/{client}";
    Map<String, Object> edit =
        Map.of("name", "Acme Iberia", "email", "new@acme.example", "locale", "es");
    all.add(put("edited name blank", editClient, with(edit, "name", ""), 400, "name"));
    all.add(
        put(
            "line feed in the edited name",
            editClient,
            with(edit, "name", "Acme\nLtd"),
            400,
            "name"));
    all.add(
        put(
            "edited name of 201 characters",
            editClient,
            with(edit, "name", LONG_201),
            400,
            "name"));
    all.add(
        put(
            "edited email without @",
            editClient,
            with(edit, "email", "acme.example"),
            400,
            "email"));
    all.add(
        put(
            "header injection in the edited email",
            editClient,
            with(edit, "email", "a@b.example\r\nBcc: x@evil.example"),
            400,
            "email"));
    all.add(
        put("language without a bundle", editClient, with(edit, "locale", "fr"), 400, "locale"));
    all.add(put("language in capitals", editClient, with(edit, "locale", "ES"), 400, "locale"));
    all.add(put("edited locale missing", editClient, without(edit, "locale"), 400, "locale"));
    all.add(
        put(
            "status smuggled into the edit",
            editClient,
            with(edit, "status", "CLOSED"),
            400,
            "status"));
    all.add(put("editing an unknown client", "/api/clients/987654", edit, 404, null));

    // The profit ledger decides whether the client is worth keeping.
    String ledger = "/api/clients/{client}/ledger";
    Map<String, Object> entry =
        Map.of("month", "2026-01", "revenue", 3000, "cost", 1000, "hours", 20);
    all.add(post("month 13", ledger, with(entry, "month", "2026-13"), 400, "month"));
    all.add(post("two-digit year", ledger, with(entry, "month", "26-01"), 400, "month"));
    all.add(post("month without its zero", ledger, with(entry, "month", "2026-1"), 400, "month"));
    all.add(post("month missing", ledger, without(entry, "month"), 400, "month"));
    all.add(
        post(
            "SQL in the month",
            ledger,
            with(entry, "month", "2026-01'; drop table clients; --"),
            400,
            "month"));
    all.add(post("negative revenue", ledger, with(entry, "revenue", -1), 400, "revenue"));
    all.add(post("cost as words", ledger, with(entry, "cost", "lots"), 400, "cost"));
    all.add(post("10 000 hours in a month", ledger, with(entry, "hours", 10000), 400, "hours"));
    all.add(post("negative hours", ledger, with(entry, "hours", -1), 400, "hours"));
    all.add(
        post("month still to come", ledger, with(entry, "month", "{next-month}"), 400, "month"));
    all.add(post("month before 1900", ledger, with(entry, "month", "0999-12"), 400, "month"));

    // Corrections of a month already in the ledger: the old figures must stay on record.
    String correction = "/api/clients/{client}/ledger/{month}";
    Map<String, Object> corrected =
        Map.of("revenue", 2800, "cost", 1000, "hours", 20, "reason", "Credit note 17");
    all.add(
        put(
            "correction without a reason",
            correction,
            without(corrected, "reason"),
            400,
            "reason"));
    all.add(put("blank reason", correction, with(corrected, "reason", "  "), 400, "reason"));
    all.add(
        put(
            "line feed in the reason",
            correction,
            with(corrected, "reason", "a\nb"),
            400,
            "reason"));
    all.add(
        put(
            "reason of 501 characters",
            correction,
            with(corrected, "reason", "x".repeat(501)),
            400,
            "reason"));
    all.add(
        put(
            "negative corrected revenue",
            correction,
            with(corrected, "revenue", -5),
            400,
            "revenue"));
    all.add(
        put("corrected cost as words", correction, with(corrected, "cost", "less"), 400, "cost"));
    all.add(
        put("corrected hours 10 000", correction, with(corrected, "hours", 10000), 400, "hours"));
    all.add(
        put("corrected month 13", "/api/clients/{client}/ledger/2026-13", corrected, 400, "month"));
    all.add(
        put(
            "corrected month in words",
            "/api/clients/{client}/ledger/last-month",
            corrected,
            400,
            "month"));
    all.add(
        put(
            "corrected month still to come",
            "/api/clients/{client}/ledger/{next-month}",
            corrected,
            400,
            "month"));
    all.add(
        put(
            "month not in the ledger",
            "/api/clients/{client}/ledger/1999-01",
            corrected,
            404,
            null));
    all.add(
        put(
            "correction with an unknown field",
            correction,
            with(corrected, "month", "2020-01"),
            400,
            "month"));

    // Incidents: the strikes that open a case.
    String incidentsPath = "/api/clients/{client}/incidents";
    Map<String, Object> incident =
        Map.of(
            "sign",
            "LOSING_MONEY",
            "severity",
            "MEDIUM",
            "description",
            "Unpaid again",
            "occurredOn",
            today);
    all.add(
        post(
            "unknown warning sign",
            incidentsPath,
            with(incident, "sign", "NOT_A_SIGN"),
            400,
            "sign"));
    all.add(
        post(
            "warning sign in lower case",
            incidentsPath,
            with(incident, "sign", "losing_money"),
            400,
            "sign"));
    all.add(post("warning sign missing", incidentsPath, without(incident, "sign"), 400, "sign"));
    all.add(
        post(
            "unknown severity",
            incidentsPath,
            with(incident, "severity", "EXTREME"),
            400,
            "severity"));
    all.add(
        post(
            "severity as a number", incidentsPath, with(incident, "severity", 3), 400, "severity"));
    all.add(post("unknown area", incidentsPath, with(incident, "area", "MOON"), 400, "area"));
    all.add(
        post(
            "description blank",
            incidentsPath,
            with(incident, "description", " "),
            400,
            "description"));
    all.add(
        post(
            "description of 4001 characters",
            incidentsPath,
            with(incident, "description", LONG_4001),
            400,
            "description"));
    all.add(
        post(
            "occurred tomorrow",
            incidentsPath,
            with(incident, "occurredOn", tomorrow),
            400,
            "occurredOn"));
    all.add(
        post(
            "occurred on an impossible date",
            incidentsPath,
            with(incident, "occurredOn", "2026-04-31"),
            400,
            "occurredOn"));
    all.add(
        post(
            "occurred-on missing",
            incidentsPath,
            without(incident, "occurredOn"),
            400,
            "occurredOn"));
    all.add(
        post("unknown client", incidentsPath.replace("{client}", "987654"), incident, 404, null));
    all.add(
        post(
            "pointing to an interaction that does not exist",
            incidentsPath,
            with(incident, "interactionId", 987654),
            400,
            "interactionId"));
    all.add(
        post(
            "interaction id as text",
            incidentsPath,
            with(incident, "interactionId", "the call"),
            400,
            "interactionId"));

    // Interactions: the client's record of calls, meetings, emails and agreements.
    String interactionsPath = "/api/clients/{client}/interactions";
    String anHourAgo = java.time.Instant.now().minusSeconds(3600).toString();
    Map<String, Object> interaction =
        Map.of(
            "kind",
            "CALL",
            "occurredAt",
            anHourAgo,
            "channel",
            "PHONE",
            "participants",
            "Ana Ruiz, olivia",
            "summary",
            "Talked about the invoices");
    all.add(
        post("unknown kind", interactionsPath, with(interaction, "kind", "GOSSIP"), 400, "kind"));
    all.add(post("kind missing", interactionsPath, without(interaction, "kind"), 400, "kind"));
    all.add(
        post(
            "kind in lower case",
            interactionsPath,
            with(interaction, "kind", "call"),
            400,
            "kind"));
    all.add(
        post(
            "unknown channel",
            interactionsPath,
            with(interaction, "channel", "CARRIER_PIGEON"),
            400,
            "channel"));
    all.add(
        post(
            "the answer link as a channel staff record",
            interactionsPath,
            with(interaction, "channel", "ANSWER_LINK"),
            400,
            "channel"));
    all.add(
        post(
            "occurred tomorrow",
            interactionsPath,
            with(interaction, "occurredAt", java.time.Instant.now().plusSeconds(86400).toString()),
            400,
            "occurredAt"));
    all.add(
        post(
            "occurred at a date without a time",
            interactionsPath,
            with(interaction, "occurredAt", today),
            400,
            "occurredAt"));
    all.add(
        post(
            "occurred at 31 April",
            interactionsPath,
            with(interaction, "occurredAt", "2026-04-31T10:00:00Z"),
            400,
            "occurredAt"));
    all.add(
        post(
            "occurred-at missing",
            interactionsPath,
            without(interaction, "occurredAt"),
            400,
            "occurredAt"));
    all.add(
        post(
            "participants blank",
            interactionsPath,
            with(interaction, "participants", " "),
            400,
            "participants"));
    all.add(
        post(
            "line break in the participants",
            interactionsPath,
            with(interaction, "participants", "Ana\r\nBcc: all@example.com"),
            400,
            "participants"));
    all.add(
        post(
            "participants of 501 characters",
            interactionsPath,
            with(interaction, "participants", "x".repeat(501)),
            400,
            "participants"));
    all.add(
        post("summary missing", interactionsPath, without(interaction, "summary"), 400, "summary"));
    all.add(
        post(
            "summary of 4001 characters",
            interactionsPath,
            with(interaction, "summary", LONG_4001),
            400,
            "summary"));
    all.add(
        post(
            "summary as a number",
            interactionsPath,
            with(interaction, "summary", 42),
            400,
            "summary"));
    all.add(
        post(
            "agreement made without saying what",
            interactionsPath,
            with(interaction, "agreementMade", true),
            400,
            "agreement"));
    all.add(
        post(
            "agreement made as text",
            interactionsPath,
            with(interaction, "agreementMade", "yes"),
            400,
            "agreementMade"));
    all.add(
        post(
            "what was agreed without an agreement",
            interactionsPath,
            with(interaction, "agreement", "Pay on time"),
            400,
            "agreementMade"));
    all.add(
        post(
            "agreement of 4001 characters",
            interactionsPath,
            with(with(interaction, "agreementMade", true), "agreement", LONG_4001),
            400,
            "agreement"));
    all.add(
        post(
            "correcting an interaction that does not exist",
            interactionsPath,
            with(interaction, "correctsId", 987654),
            400,
            "correctsId"));
    all.add(
        post(
            "correcting interaction zero",
            interactionsPath,
            with(interaction, "correctsId", 0),
            400,
            "correctsId"));
    all.add(
        post("unknown field", interactionsPath, with(interaction, "mood", "angry"), 400, "mood"));
    all.add(
        post(
            "unknown client",
            interactionsPath.replace("{client}", "987654"),
            interaction,
            404,
            null));

    // Opening a case by hand.
    String openCase = "/api/cases";
    Map<String, Object> open = Map.of("clientId", 1, "reason", "Scope disputes");
    all.add(post("client id negative", openCase, with(open, "clientId", -1), 400, "clientId"));
    all.add(post("client id zero", openCase, with(open, "clientId", 0), 400, "clientId"));
    all.add(post("client id as text", openCase, with(open, "clientId", "one"), 400, "clientId"));
    all.add(post("client id in fractions", openCase, with(open, "clientId", 1.5), 400, "clientId"));
    all.add(post("client id missing", openCase, without(open, "clientId"), 400, "clientId"));
    all.add(post("reason blank", openCase, with(open, "reason", ""), 400, "reason"));
    all.add(
        post(
            "reason of 1001 characters", openCase, with(open, "reason", LONG_1001), 400, "reason"));

    // The client's answer recorded by staff, and a manager's withdrawal.
    String answer = "/api/cases/{case}/client-response";
    all.add(post("accepted as text", answer, Map.of("accepted", "yes"), 400, "accepted"));
    all.add(post("accepted missing", answer, Map.of("comment", "ok"), 400, "accepted"));
    all.add(
        post(
            "comment of 2001 characters",
            answer,
            Map.of("accepted", true, "comment", LONG_2001),
            400,
            "comment"));
    String withdraw = "/api/cases/{case}/withdraw";
    all.add(post("reason missing", withdraw, Map.of(), 400, "reason"));
    all.add(post("reason blank", withdraw, Map.of("reason", "  "), 400, "reason"));
    all.add(
        post("reason of 1001 characters", withdraw, Map.of("reason", LONG_1001), 400, "reason"));
    all.add(
        post(
            "unknown case",
            withdraw.replace("{case}", "987654"),
            Map.of("reason", "Gone"),
            404,
            null));

    // The writing check reads and reports; the re-read confirmation names a client-facing field.
    String writing = "/api/writing-check";
    Map<String, Object> text = Map.of("text", "Es culpa suya", "locale", "es");
    all.add(post("language not offered", writing, with(text, "locale", "fr"), 400, "locale"));
    all.add(post("language in capitals", writing, with(text, "locale", "ES"), 400, "locale"));
    all.add(post("language as a region", writing, with(text, "locale", "es-ES"), 400, "locale"));
    all.add(post("language missing", writing, without(text, "locale"), 400, "locale"));
    all.add(post("text missing", writing, without(text, "text"), 400, "text"));
    all.add(post("text as a number", writing, with(text, "text", 42), 400, "text"));
    all.add(
        post(
            "text of 10 001 characters",
            writing,
            with(text, "text", "x".repeat(10_001)),
            400,
            "text"));
    all.add(post("unknown field", writing, with(text, "autocorrect", true), 400, "autocorrect"));
    String reread = "/api/writing-check/confirmations";
    Map<String, Object> confirmation = Map.of("caseId", 1, "field", "justification");
    all.add(
        post(
            "a field that never reaches the client",
            reread,
            with(confirmation, "field", "approvalComment"),
            400,
            "field"));
    all.add(post("field missing", reread, without(confirmation, "field"), 400, "field"));
    all.add(post("case id missing", reread, without(confirmation, "caseId"), 400, "caseId"));
    all.add(post("case id zero", reread, with(confirmation, "caseId", 0), 400, "caseId"));
    all.add(
        post(
            "negative count of findings",
            reread,
            with(confirmation, "toneFindings", -1),
            400,
            "toneFindings"));
    all.add(post("unknown case", reread, with(confirmation, "caseId", 987654), 404, null));
    // A manager starting a review of the criteria.
    String criteriaReview = "/api/criteria-reviews";
    all.add(post("reason missing", criteriaReview, Map.of(), 400, "reason"));
    all.add(post("reason blank", criteriaReview, Map.of("reason", " "), 400, "reason"));
    all.add(post("reason as a number", criteriaReview, Map.of("reason", 42), 400, "reason"));
    all.add(
        post(
            "reason of 1001 characters",
            criteriaReview,
            Map.of("reason", LONG_1001),
            400,
            "reason"));
    all.add(
        post(
            "unknown field",
            criteriaReview,
            Map.of("reason", "Due", "threshold", 2),
            400,
            "threshold"));

    // A task's form: checked against the form before the engine hears of it.
    String complete = "/api/tasks/{task}/complete";
    Map<String, Object> review = TaskForms.contractReview("EXIT");
    all.add(post("variables missing", complete, Map.of(), 400, "variables"));
    all.add(post("variables as text", complete, Map.of("variables", "EXIT"), 400, "variables"));
    all.add(
        post(
            "decision not offered",
            complete,
            form(with(review, "reviewDecision", "MAYBE")),
            400,
            "reviewDecision"));
    all.add(
        post(
            "impossible exit date",
            complete,
            form(with(review, "exitDate", "2026-02-30")),
            400,
            "exitDate"));
    all.add(
        post(
            "exit date as a number",
            complete,
            form(with(review, "exitDate", 20260301)),
            400,
            "exitDate"));
    all.add(
        post(
            "negative notice period",
            complete,
            form(with(review, "noticePeriodDays", -5)),
            400,
            "noticePeriodDays"));
    all.add(
        post(
            "notice period as text",
            complete,
            form(with(review, "noticePeriodDays", "30")),
            400,
            "noticePeriodDays"));
    all.add(
        raw(
            "notice period beyond a double",
            HttpMethod.POST,
            complete,
            "{\"variables\":{\"noticePeriodDays\":1e400}}",
            400,
            "noticePeriodDays"));
    all.add(
        post(
            "negative refund",
            complete,
            form(with(review, "refundAmount", -100)),
            400,
            "refundAmount"));
    all.add(
        post(
            "absurd refund",
            complete,
            form(with(review, "refundAmount", 1e12)),
            400,
            "refundAmount"));
    all.add(
        post(
            "justification missing",
            complete,
            form(without(review, "justification")),
            400,
            "justification"));
    all.add(
        post(
            "justification too short",
            complete,
            form(with(review, "justification", "no")),
            400,
            "justification"));
    all.add(
        post(
            "justification of 4001 characters",
            complete,
            form(with(review, "justification", LONG_4001)),
            400,
            "justification"));
    all.add(
        post(
            "NUL in the clause",
            complete,
            form(with(review, "terminationClause", "Clause\u0000 9")),
            400,
            "terminationClause"));
    all.add(
        post(
            "checkbox as text",
            complete,
            form(with(review, "canTerminateLegally", "yes")),
            400,
            "canTerminateLegally"));
    all.add(
        post(
            "process variable smuggled in",
            complete,
            form(with(review, "evidence", Map.of("strikes", 0))),
            400,
            "evidence"));
    all.add(
        post(
            "decision variable of another task",
            complete,
            form(with(review, "approvalDecision", "APPROVE")),
            400,
            "approvalDecision"));
    all.add(
        post("task id not a number", complete.replace("{task}", "abc"), form(review), 400, "id"));
    all.add(post("unknown task", complete.replace("{task}", "987654"), form(review), 404, null));

    // The inbox's paging and a forged client link.
    all.add(raw("negative offset", HttpMethod.GET, "/api/tasks?offset=-1", null, 400, "offset"));
    all.add(
        raw("page of a million", HttpMethod.GET, "/api/tasks?limit=1000000", null, 400, "limit"));
    all.add(
        raw(
            "forged answer link",
            HttpMethod.POST,
            "/api/public/proposals/forged.token/answer",
            "{\"accepted\":true}",
            404,
            null));
    all.add(
        raw(
            "answer link of 5000 characters",
            HttpMethod.POST,
            "/api/public/proposals/" + "a".repeat(5000) + "/answer",
            "{\"accepted\":true}",
            404,
            null));
    return all;
  }

  /** Waits until the fixture case stops writing, so that any change is the request's own. */
  private void awaitQuiet() throws Exception {
    String last = fingerprint();
    for (int stable = 0; stable < 3; ) {
      Thread.sleep(300);
      String now = fingerprint();
      stable = now.equals(last) ? stable + 1 : 0;
      last = now;
    }
  }

  /** A digest of every row of every application table. */
  private String fingerprint() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                + " and table_type = 'BASE TABLE' order by table_name",
            String.class);
    for (String table : tables) {
      digest.update(table.getBytes());
      for (Map<String, Object> row :
          jdbc.queryForList("select * from \"" + table + "\" order by 1")) {
        digest.update(row.toString().getBytes());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Hostile post(
      String what, String path, Map<String, ?> body, int status, String field) {
    return new Hostile(what, HttpMethod.POST, path, json(body), status, field);
  }

  private static Hostile put(
      String what, String path, Map<String, ?> body, int status, String field) {
    return new Hostile(what, HttpMethod.PUT, path, json(body), status, field);
  }

  private static Hostile raw(
      String what, HttpMethod method, String path, String body, int status, String field) {
    return new Hostile(what, method, path, body, status, field);
  }

  private static Map<String, Object> form(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  private static Map<String, Object> with(Map<String, ?> base, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(base);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, ?> base, String key) {
    Map<String, Object> copy = new HashMap<>(base);
    copy.remove(key);
    return copy;
  }

  private static String json(Map<String, ?> body) {
    try {
      return new ObjectMapper().writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
