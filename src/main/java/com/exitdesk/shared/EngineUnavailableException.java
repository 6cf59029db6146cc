package com.exitdesk.shared;

/** The process engine did not take the command; nothing was changed, try again: 503. */
public class EngineUnavailableException extends RuntimeException {

  public EngineUnavailableException(String detail, Throwable cause) {
    super(detail, cause);
  }
}
