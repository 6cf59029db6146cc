package com.exitdesk.messaging;

/** The mail server refused the recipient permanently (5xx): a business outcome, not a fault. */
public class AddressRejectedException extends RuntimeException {

  public AddressRejectedException(String detail, Throwable cause) {
    super(detail, cause);
  }
}
