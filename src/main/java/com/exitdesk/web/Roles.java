package com.exitdesk.web;

/** The roles of the product; candidate groups in the BPMN model use the same names. */
public final class Roles {

  public static final String OPS = "OPS";
  public static final String MANAGER = "MANAGER";

  /** A metrics scraper's account: may read /actuator/prometheus, nothing else. */
  public static final String MONITORING = "MONITORING";

  private Roles() {}
}
