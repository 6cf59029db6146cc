package com.exitdesk.web;

import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Runs a request once per Idempotency-Key: the first request reserves the key, acts and stores its
 * answer; a repeat gets that answer again, marked {@code Idempotent-Replayed: true}. A repeat that
 * arrives while the first is still working gets 409 (try again); the same key with a different
 * request gets 422. A request that fails frees its key, since it changed nothing. Keys expire
 * ({@code exitdesk.idempotency.expiry}, a day by default), and a key whose request died in progress
 * (the app stopped mid-request) is freed after {@code exitdesk.idempotency.in-progress-timeout}.
 */
@Service
public class IdempotencyKeys {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final Duration expiry;
  private final Duration inProgressTimeout;

  IdempotencyKeys(
      JdbcTemplate jdbc,
      ObjectMapper json,
      Clock clock,
      @Value("${exitdesk.idempotency.expiry:PT24H}") Duration expiry,
      @Value("${exitdesk.idempotency.in-progress-timeout:PT5M}") Duration inProgressTimeout) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.expiry = expiry;
    this.inProgressTimeout = inProgressTimeout;
  }

  public <T> ResponseEntity<T> once(
      String scope,
      String key,
      Object request,
      HttpStatus status,
      Class<T> responseType,
      Supplier<T> action) {
    if (!VALID_KEY.matcher(key).matches()) {
      throw new InvalidInputException(HEADER, "must be 1 to 100 visible ASCII characters");
    }
    String requestHash = hash(request);
    if (!reserve(scope, key, requestHash)) {
      // An expired key, or one whose request died while in progress, is free again.
      Instant now = clock.instant();
      int freed =
          jdbc.update(
              "delete from idempotency_keys where scope = ? and request_key = ?"
                  + " and (created_at < ? or (status is null and created_at < ?))",
              scope,
              key,
              Timestamp.from(now.minus(expiry)),
              Timestamp.from(now.minus(inProgressTimeout)));
      if (freed == 0 || !reserve(scope, key, requestHash)) {
        return replay(scope, key, requestHash, responseType);
      }
    }
    T response;
    try {
      response = action.get();
    } catch (RuntimeException e) {
      jdbc.update("delete from idempotency_keys where scope = ? and request_key = ?", scope, key);
      throw e;
    }
    jdbc.update(
        "update idempotency_keys set status = ?, response_json = ?"
            + " where scope = ? and request_key = ?",
        status.value(),
        write(response),
        scope,
        key);
    return ResponseEntity.status(status).body(response);
  }

  private boolean reserve(String scope, String key, String requestHash) {
    try {
      jdbc.update(
          "insert into idempotency_keys (scope, request_key, request_hash, created_at)"
              + " values (?, ?, ?, ?)",
          scope,
          key,
          requestHash,
          Timestamp.from(clock.instant()));
      return true;
    } catch (DuplicateKeyException repeat) {
      return false;
    }
  }

  /** A key whose first request has not answered. */
  public record InProgress(String scope, String key, Instant since) {}

  /** Keys in progress since before {@code cutoff}: their request most likely died. */
  public List<InProgress> inProgressSince(Instant cutoff) {
    return jdbc.query(
        "select scope, request_key, created_at from idempotency_keys"
            + " where status is null and created_at < ? order by created_at",
        (row, n) ->
            new InProgress(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()),
        Timestamp.from(cutoff));
  }

  /**
   * Frees a key stuck in progress, so the client's retry acts instead of getting 409 forever.
   *
   * @return false when no such key is in progress
   */
  public boolean free(String scope, String key) {
    return jdbc.update(
            "delete from idempotency_keys where scope = ? and request_key = ? and status is null",
            scope,
            key)
        == 1;
  }

  /**
   * Forgets answers older than the expiry (a retry after a day is a new request) and frees keys
   * whose request died in progress.
   */
  @Scheduled(
      fixedDelayString = "${exitdesk.idempotency.purge-interval:PT10M}",
      initialDelayString = "${exitdesk.idempotency.purge-interval:PT10M}")
  public void purge() {
    Instant now = clock.instant();
    jdbc.update(
        "delete from idempotency_keys where created_at < ? or (status is null and created_at < ?)",
        Timestamp.from(now.minus(expiry)),
        Timestamp.from(now.minus(inProgressTimeout)));
  }

  private <T> ResponseEntity<T> replay(
      String scope, String key, String requestHash, Class<T> responseType) {
    record Stored(String requestHash, Integer status, String responseJson) {}
    List<Stored> stored =
        jdbc.query(
            "select request_hash, status, response_json from idempotency_keys"
                + " where scope = ? and request_key = ?",
            (row, n) ->
                new Stored(
                    row.getString(1), (Integer) row.getObject(2, Integer.class), row.getString(3)),
            scope,
            key);
    if (stored.isEmpty()) {
      throw new ConflictException(
          "The first request with this " + HEADER + " failed meanwhile; send it again");
    }
    Stored first = stored.getFirst();
    if (!first.requestHash().equals(requestHash)) {
      throw new KeyReusedException();
    }
    if (first.status() == null) {
      throw new ConflictException(
          "A request with this " + HEADER + " is still being processed; try again shortly");
    }
    try {
      return ResponseEntity.status(first.status())
          .header("Idempotent-Replayed", "true")
          .body(json.readValue(first.responseJson(), responseType));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored answer for " + HEADER + " is not readable", e);
    }
  }

  private String hash(Object request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(write(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same key sent with a different request: a client bug, never a retry. */
  public static class KeyReusedException extends RuntimeException {
    KeyReusedException() {
      super(HEADER + " was already used for a different request");
    }
  }
}
