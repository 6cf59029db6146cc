package com.exitdesk.web;

/** The signed-in user may not take this action: answered with 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String detail) {
    super(detail);
  }
}
