package com.exitdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The REST API as an API client sees it: HTTP Basic, JSON in and out. */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;
  private final String authorization;

  public ApiClient(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public record Response(int status, JsonNode body) {

    public Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
      }
      return this;
    }
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  public Response post(String path, Object body) {
    return send(withJson(HttpRequest.newBuilder(URI.create(baseUrl + path)), "POST", body));
  }

  public Response put(String path, Object body) {
    return send(withJson(HttpRequest.newBuilder(URI.create(baseUrl + path)), "PUT", body));
  }

  private static HttpRequest.Builder withJson(
      HttpRequest.Builder request, String method, Object body) {
    try {
      return request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not JSON: " + body, e);
    }
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request
                  .header("Authorization", authorization)
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode body = text == null || text.isBlank() ? null : JSON.readTree(text);
      return new Response(response.statusCode(), body);
    } catch (IOException e) {
      throw new IllegalStateException("No answer from " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
