package com.exitdesk.web;

/** The request is well-formed but the current state forbids it: answered with 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String detail) {
    super(detail);
  }
}
