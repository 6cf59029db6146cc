package com.exitdesk.engine;

/**
 * A setting the engine can only take in the model itself, such as a timer start event's cycle (it
 * is evaluated before any process variable exists). The file in {@code bpmn/} keeps the default;
 * the deployment carries the configured value.
 */
public interface ModelAdjustment {

  /** The name of the model file this adjusts, e.g. {@code criteria-review.bpmn}. */
  String fileName();

  /** The model as the engine should get it; the same bytes when the setting is the default. */
  byte[] adjust(byte[] model);
}
