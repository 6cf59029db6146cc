package com.exitdesk.engine;

/** The app was started with no Camunda 8 engine to talk to. */
public class EngineNotConfiguredException extends RuntimeException {

  EngineNotConfiguredException() {
    super("No Camunda 8 engine is configured");
  }
}
