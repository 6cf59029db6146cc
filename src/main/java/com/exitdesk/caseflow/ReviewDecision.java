package com.exitdesk.caseflow;

/**
 * What the contract review decided. On the wire (the review form's options, the process variable
 * {@code reviewDecision} the model's gateways read, the case's column) it is the constant's name.
 */
public enum ReviewDecision {
  REPAIR,
  EXIT;

  /**
   * @return null when the form left the choice out (a fast exit offers none)
   */
  static ReviewDecision ofNullable(String name) {
    return name == null || name.isBlank() ? null : valueOf(name);
  }

  static String nameOf(ReviewDecision decision) {
    return decision == null ? null : decision.name();
  }
}
