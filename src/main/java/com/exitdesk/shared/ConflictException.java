package com.exitdesk.shared;

/** The request is well-formed but the current state forbids it: answered with 409. */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String detail) {
    this("conflict", detail);
  }

  /**
   * @param code a stable code a client may translate (e.g. {@code task-completed})
   * @param detail the English explanation for API clients
   */
  public ConflictException(String code, String detail) {
    super(detail);
    this.code = code;
  }

  public String getCode() {
    return code;
  }
}
