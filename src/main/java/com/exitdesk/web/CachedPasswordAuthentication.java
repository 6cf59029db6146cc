package com.exitdesk.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a user name and password with bcrypt once, then remembers the success for a short while:
 * an API client sending Basic credentials on every request costs one bcrypt check per minute
 * instead of one per request. Only successes are remembered, under an HMAC of name and password
 * with a key that lives in memory, so the cache holds no password and a wrong password is always
 * checked (and counted by {@link SignInThrottle}).
 */
class CachedPasswordAuthentication implements AuthenticationProvider {

  private static final int MAX_ENTRIES = 10_000;

  private final AuthenticationProvider passwords;
  private final Duration ttl;
  private final Clock clock;
  private final byte[] key = new byte[32];
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  private record Remembered(Authentication authentication, Instant until) {}

  CachedPasswordAuthentication(AuthenticationProvider passwords, Duration ttl, Clock clock) {
    this.passwords = passwords;
    this.ttl = ttl;
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  @Override
  public Authentication authenticate(Authentication request) throws AuthenticationException {
    if (ttl.isZero() || !(request.getCredentials() instanceof String password)) {
      return passwords.authenticate(request);
    }
    String id = fingerprint(request.getName(), password);
    Instant now = clock.instant();
    Remembered hit = remembered.get(id);
    if (hit != null && now.isBefore(hit.until())) {
      UsernamePasswordAuthenticationToken result =
          UsernamePasswordAuthenticationToken.authenticated(
              hit.authentication().getPrincipal(), null, hit.authentication().getAuthorities());
      result.setDetails(request.getDetails());
      return result;
    }
    Authentication result = passwords.authenticate(request);
    if (result != null && result.isAuthenticated()) {
      if (remembered.size() >= MAX_ENTRIES) {
        remembered.values().removeIf(r -> !now.isBefore(r.until()));
        if (remembered.size() >= MAX_ENTRIES) {
          remembered.clear();
        }
      }
      remembered.put(id, new Remembered(result, now.plus(ttl)));
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }

  private String fingerprint(String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((user + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
