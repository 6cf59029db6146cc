package com.exitdesk.shared;

import java.util.Map;

/** The signed-in user may not take this action: answered with 403. */
public class ForbiddenException extends RuntimeException {

  private final String code;
  private final Map<String, Object> properties;

  public ForbiddenException(String detail) {
    this("forbidden", detail, Map.of());
  }

  /**
   * @param code a stable code a client may translate (e.g. {@code own-exit})
   * @param detail the English explanation for API clients
   * @param properties what a client needs to say it in its own words (e.g. the groups)
   */
  public ForbiddenException(String code, String detail, Map<String, Object> properties) {
    super(detail);
    this.code = code;
    this.properties = Map.copyOf(properties);
  }

  public String getCode() {
    return code;
  }

  public Map<String, Object> getProperties() {
    return properties;
  }
}
