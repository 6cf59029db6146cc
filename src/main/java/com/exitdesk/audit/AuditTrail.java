package com.exitdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only record of every step, decision and message, per client and case. */
@Service
public class AuditTrail {

  /** The actor of steps the process takes by itself. */
  public static final String SYSTEM = "system";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditEventRepository events;
  private final Clock clock;

  AuditTrail(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Joins the caller's transaction so a rolled-back change leaves no line behind. */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEvent record(
      Long clientId, Long caseId, String actor, AuditType type, String summary) {
    return record(clientId, caseId, actor, type, summary, Map.of());
  }

  /**
   * Records what happened with its parameters (codes, ids, dates, amounts, durations as ISO-8601),
   * so a reader sees it in their own language; the English summary stays for API clients.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEvent record(
      Long clientId,
      Long caseId,
      String actor,
      AuditType type,
      String summary,
      Map<String, ?> details) {
    return events.save(
        new AuditEvent(
            clientId, caseId, clock.instant(), actor, type, truncate(summary), json(details)));
  }

  /** Parameters from key, value pairs; null values are left out. */
  public static Map<String, Object> details(Object... keysAndValues) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        details.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return details;
  }

  private static String json(Map<String, ?> details) {
    if (details == null || details.isEmpty()) {
      return null;
    }
    Map<String, Object> present = new LinkedHashMap<>();
    details.forEach(
        (key, value) -> {
          if (value != null) {
            present.put(key, plain(value));
          }
        });
    try {
      String json = JSON.writeValueAsString(present);
      return json.length() <= 4000 ? json : null;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Audit details are not serialisable", e);
    }
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> forCase(long caseId) {
    return events.findByCaseIdOrderByIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> forClient(long clientId) {
    return events.findByClientIdOrderByIdAsc(clientId);
  }

  /** Numbers, booleans and lists stay; codes by name; dates, amounts, durations as ISO text. */
  private static Object plain(Object value) {
    return switch (value) {
      case Boolean b -> b;
      case java.math.BigDecimal amount -> amount.toPlainString();
      case Number n -> n;
      case Enum<?> code -> code.name();
      case java.util.Collection<?> list -> list.stream().map(AuditTrail::plain).toList();
      default -> truncate(String.valueOf(value), 500);
    };
  }

  private static String truncate(String summary) {
    return truncate(summary, 2000);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
