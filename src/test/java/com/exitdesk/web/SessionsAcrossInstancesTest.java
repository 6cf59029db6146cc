package com.exitdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.ExitDeskApplication;
import com.exitdesk.support.PostgresDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app on one PostgreSQL database, as behind a load balancer without sticky
 * sessions: a person signs in on one and goes on working on the other with the same session cookie,
 * CSRF token included; signing out on either ends the session on both.
 */
class SessionsAcrossInstancesTest {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private String cookie;

  @BeforeAll
  static void twoInstances() throws SQLException {
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
    first = startApp();
    second = startApp();
  }

  @AfterAll
  static void stop() throws SQLException {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    DATABASE.drop();
  }

  @Test
  void aSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
    assertThat(signIn(first).statusCode()).as("signed in on the first instance").isEqualTo(204);

    JsonNode onSecond = get(second, "/api/session");
    assertThat(onSecond.path("user").path("name").asText()).isEqualTo("olivia");
    assertThat(send(second, HttpRequest.newBuilder(), "/api/tasks").statusCode())
        .as("the inbox on the second instance")
        .isEqualTo(200);

    // A change on the second instance with the token the session holds, then sign out there.
    String token = onSecond.path("csrfToken").asText();
    HttpResponse<String> signOut =
        send(
            second,
            HttpRequest.newBuilder()
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.noBody()),
            "/logout");
    assertThat(signOut.statusCode()).isEqualTo(204);
    assertThat(get(first, "/api/session").path("user").isNull())
        .as("signed out on the first instance too")
        .isTrue();
  }

  /**
   * A signed-in request records nothing in the session's row unless the session changed: its last
   * access is written at most once a minute (exitdesk.security.session.record-access-every).
   */
  @Test
  void requestsOfASignedInSessionDoNotRewriteItsRow() throws Exception {
    assertThat(signIn(first).statusCode()).isEqualTo(204);
    String afterSignIn = sessionRowVersion();

    assertThat(send(second, HttpRequest.newBuilder(), "/api/tasks").statusCode()).isEqualTo(200);
    assertThat(send(first, HttpRequest.newBuilder(), "/api/tasks").statusCode()).isEqualTo(200);
    assertThat(get(second, "/api/session").path("user").path("name").asText()).isEqualTo("olivia");

    assertThat(sessionRowVersion())
        .as("the session's row, rewritten by an update")
        .isEqualTo(afterSignIn);
  }

  private HttpResponse<String> signIn(ConfigurableApplicationContext app)
      throws IOException, InterruptedException {
    String csrf = get(app, "/api/session").path("csrfToken").asText();
    return send(
        app,
        HttpRequest.newBuilder()
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-CSRF-TOKEN", csrf)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username=olivia&password="
                        + URLEncoder.encode("s3cret pass", StandardCharsets.UTF_8))));
  }

  /** PostgreSQL's row version of this browser's session: every update of the row changes it. */
  private String sessionRowVersion() throws SQLException {
    String sessionId =
        new String(
            Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)),
            StandardCharsets.UTF_8);
    try (Connection db = DriverManager.getConnection(DATABASE.url(), DATABASE.user(), "");
        PreparedStatement row =
            db.prepareStatement("select xmin::text from spring_session where session_id = ?")) {
      row.setString(1, sessionId);
      try (ResultSet found = row.executeQuery()) {
        assertThat(found.next()).as("the session's row").isTrue();
        return found.getString(1);
      }
    }
  }

  private JsonNode get(ConfigurableApplicationContext app, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(app, HttpRequest.newBuilder(), path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private HttpResponse<String> send(ConfigurableApplicationContext app, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return send(app, request, "/login");
  }

  /** One browser: the session cookie it was last given goes with every request, to either app. */
  private HttpResponse<String> send(
      ConfigurableApplicationContext app, HttpRequest.Builder request, String path)
      throws IOException, InterruptedException {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    request.uri(URI.create("http://127.0.0.1:" + port + path));
    request.header("X-Requested-With", "XMLHttpRequest");
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Optional<String> given = response.headers().firstValue("Set-Cookie");
    given.ifPresent(value -> cookie = value.substring(0, value.indexOf(';')));
    return response;
  }

  private static ConfigurableApplicationContext startApp() {
    return new SpringApplicationBuilder(ExitDeskApplication.class)
        .profiles("test", "postgres")
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + DATABASE.url(),
            "--spring.datasource.username=" + DATABASE.user(),
            "--spring.datasource.password=",
            "--exitdesk.users.accounts[0].name=olivia",
            "--exitdesk.users.accounts[0].password-hash={noop}s3cret pass",
            "--exitdesk.users.accounts[0].roles[0]=OPS");
  }
}
