package com.exitdesk.web;

/** An id that names nothing: answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
