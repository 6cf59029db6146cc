package com.exitdesk.shared;

import java.util.Locale;

/** An id that names nothing: answered with 404, with the code {@code <what>-not-found}. */
public class NotFoundException extends RuntimeException {

  private final String code;

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
    this.code = what.toLowerCase(Locale.ROOT).replace(' ', '-') + "-not-found";
  }

  /** A stable code a client may translate, e.g. {@code task-not-found}. */
  public String getCode() {
    return code;
  }
}
