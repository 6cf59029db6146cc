package com.exitdesk.caseflow;

import com.exitdesk.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed link a client answers a proposal with, no account needed: the proposal id and the
 * answer deadline, signed with HMAC-SHA256. It cannot be forged without the key, stops working at
 * the deadline, and works once, since a proposal takes one answer.
 */
@Component
class AnswerLinks {

  private static final Logger log = LoggerFactory.getLogger(AnswerLinks.class);
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final byte[] key;
  private final String publicUrl;

  AnswerLinks(
      @Value("${exitdesk.client-links.secret:}") String secret,
      @Value("${exitdesk.public-url:http://localhost:8080}") String publicUrl) {
    if (secret.isBlank()) {
      this.key = new byte[32];
      new SecureRandom().nextBytes(this.key);
      log.warn(
          "No exitdesk.client-links.secret: answer links are signed with a random key and stop"
              + " working when the application restarts.");
    } else {
      this.key = secret.getBytes(StandardCharsets.UTF_8);
    }
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  String urlFor(Proposal proposal) {
    return publicUrl + "/answer.html#" + tokenFor(proposal.getId(), proposal.getDeadline());
  }

  String tokenFor(long proposalId, Instant expires) {
    String payload = proposalId + "." + expires.getEpochSecond();
    return ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + sign(payload);
  }

  /**
   * @return the proposal the token names
   * @throws NotFoundException for a token that was not signed here: it names nothing
   */
  Claim verify(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      throw new NotFoundException("Answer link", "given");
    }
    String payload;
    try {
      payload = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Answer link", "given");
    }
    byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    String[] parts = payload.split("\\.");
    if (!MessageDigest.isEqual(expected, actual) || parts.length != 2) {
      throw new NotFoundException("Answer link", "given");
    }
    try {
      return new Claim(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1])));
    } catch (NumberFormatException e) {
      throw new NotFoundException("Answer link", "given");
    }
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return ENCODE.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  record Claim(long proposalId, Instant expires) {}
}
