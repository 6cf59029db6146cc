package com.exitdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like client: signed in with the login form, a session cookie and the CSRF token. A
 * benchmark's load goes through sessions rather than HTTP Basic, as the UI's does: Basic would
 * check a bcrypt hash on every request and measure that instead of the app.
 */
record SignedInSession(HttpClient http, URI base, String csrfHeader, String csrfToken) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer with its JSON body, or none when the body is empty. */
  record Answer(int status, JsonNode body) {

    JsonNode expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + " answered HTTP " + status + ": " + body);
      }
      return body;
    }
  }

  static SignedInSession signIn(URI base, String user) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    JsonNode before = session(http, base);
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(before.get("csrfHeader").asText(), before.get("csrfToken").asText())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 204) {
      throw new IllegalStateException("Sign-in of " + user + " answered " + login.statusCode());
    }
    // Signing in issues a new token.
    JsonNode after = session(http, base);
    return new SignedInSession(
        http, base, after.get("csrfHeader").asText(), after.get("csrfToken").asText());
  }

  private static JsonNode session(HttpClient http, URI base) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/session"))
                .header("X-Requested-With", "XMLHttpRequest")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /** The status only: the body is read but not parsed, so a timing measures the server. */
  int get(String path) throws Exception {
    return http.send(get(base.resolve(path)), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
  }

  /** The status only, as {@link #get(String)}. */
  int post(String path, String json) throws Exception {
    return http.send(
            post(base.resolve(path), "POST", json), HttpResponse.BodyHandlers.ofByteArray())
        .statusCode();
  }

  Answer getJson(String path) throws Exception {
    return answer(http.send(get(base.resolve(path)), HttpResponse.BodyHandlers.ofString()));
  }

  Answer send(String method, String path, Object body) throws Exception {
    return answer(
        http.send(
            post(base.resolve(path), method, JSON.writeValueAsString(body)),
            HttpResponse.BodyHandlers.ofString()));
  }

  private static Answer answer(HttpResponse<String> response) throws Exception {
    String text = response.body();
    return new Answer(
        response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri)
        .header("X-Requested-With", "XMLHttpRequest")
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  private HttpRequest post(URI uri, String method, String json) {
    return HttpRequest.newBuilder(uri)
        .header("X-Requested-With", "XMLHttpRequest")
        .header("Content-Type", "application/json")
        .header(csrfHeader, csrfToken)
        .timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
  }
}
