package com.exitdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failed sign-ins (HTTP Basic or the form) are counted per user name
 * and per client address in a fixed window; once either reaches its limit, every sign-in for that
 * user or from that address gets 429 with {@code Retry-After} until the window ends, before any
 * password is checked, so a flood costs no bcrypt work and a guess is never confirmed.
 */
@Component
public class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
  private static final int MAX_TRACKED = 100_000;

  private final int maxPerUser;
  private final int maxPerAddress;
  private final Duration window;
  private final Clock clock;
  private final ObjectMapper json;
  private final Map<String, Window> failures = new ConcurrentHashMap<>();

  SignInThrottle(
      @Value("${exitdesk.security.sign-in.max-failures-per-user:10}") int maxPerUser,
      @Value("${exitdesk.security.sign-in.max-failures-per-address:50}") int maxPerAddress,
      @Value("${exitdesk.security.sign-in.window:PT5M}") Duration window,
      Clock clock,
      ObjectMapper json) {
    this.maxPerUser = maxPerUser;
    this.maxPerAddress = maxPerAddress;
    this.window = window;
    this.clock = clock;
    this.json = json;
  }

  /** Counted windows of failures: one per user name, one per address. */
  private static final class Window {
    final Instant started;
    int count;

    Window(Instant started) {
      this.started = started;
    }
  }

  /**
   * Answers 429 when the request signs in as a throttled user or from a throttled address.
   *
   * @return true when the request was refused and answered
   */
  boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String user = signInUser(request);
    if (user != null) {
      long wait =
          Math.max(
              secondsLeft("user:" + user.toLowerCase(Locale.ROOT), maxPerUser),
              secondsLeft("address:" + request.getRemoteAddr(), maxPerAddress));
      if (wait > 0) {
        ProblemDetail problem =
            ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins; try again in " + wait + " seconds");
        problem.setTitle("Too many sign-in attempts");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(wait));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
        return true;
      }
    }
    return false;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String user = event.getAuthentication().getName();
    count("user:" + (user == null ? "" : user.toLowerCase(Locale.ROOT)));
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      int n = count("address:" + details.getRemoteAddress());
      if (n == maxPerAddress) {
        log.warn("Sign-ins from one address are throttled after {} failures", n);
      }
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    // A user who signs in has typed their password: their own earlier typos no longer count.
    failures.remove("user:" + event.getAuthentication().getName().toLowerCase(Locale.ROOT));
  }

  private int count(String key) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED) {
      // Guesses with ever new user names must not grow the map without end.
      failures.values().removeIf(w -> expired(w, now));
    }
    Window w =
        failures.compute(key, (k, old) -> old == null || expired(old, now) ? new Window(now) : old);
    synchronized (w) {
      return ++w.count;
    }
  }

  private long secondsLeft(String key, int limit) {
    Window w = failures.get(key);
    if (w == null) {
      return 0;
    }
    Instant now = clock.instant();
    if (expired(w, now)) {
      failures.remove(key, w);
      return 0;
    }
    if (w.count < limit) {
      return 0;
    }
    return Math.max(1, Duration.between(now, w.started.plus(window)).toSeconds() + 1);
  }

  private boolean expired(Window w, Instant now) {
    return !now.isBefore(w.started.plus(window));
  }

  /** The user name a request signs in with, or null when it does not sign in. */
  private static String signInUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    if ("POST".equals(request.getMethod())
        && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
      String user = request.getParameter("username");
      return user == null ? "" : user;
    }
    return null;
  }
}
