package com.exitdesk.caseflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an open case stands; guards the actions that only make sense at one point. The phase
 * follows the process (bpmn/repair-or-exit.bpmn): each phase names the phases its steps may move
 * the case to, and CasePhaseModelTest checks them against the model.
 */
public enum CasePhase {
  ASSESSMENT,
  CONTRACT_REVIEW,
  DRAFTING_TERMS,
  AWAITING_CLIENT_ANSWER,
  PROBATION,
  AWAITING_APPROVAL,
  WINDING_DOWN,
  COOLING_OFF,
  AWAITING_EXIT_DATE,
  RETROSPECTIVE,
  CLOSED;

  /**
   * The phases the process moves a case on to from this one. Closing is not among them: an open
   * case may be closed from any phase (see {@link #canMoveTo}).
   */
  Set<CasePhase> next() {
    return switch (this) {
      case ASSESSMENT -> EnumSet.of(CONTRACT_REVIEW);
      case CONTRACT_REVIEW -> EnumSet.of(DRAFTING_TERMS, AWAITING_APPROVAL);
      case DRAFTING_TERMS -> EnumSet.of(AWAITING_CLIENT_ANSWER);
      // Declined or unanswered, the exit needs approval.
      case AWAITING_CLIENT_ANSWER -> EnumSet.of(PROBATION, AWAITING_APPROVAL);
      // A new incident or missed check-ins: the case is assessed again.
      case PROBATION -> EnumSet.of(ASSESSMENT);
      // Rejected in favour of a repair, the new terms are drafted.
      case AWAITING_APPROVAL -> EnumSet.of(WINDING_DOWN, DRAFTING_TERMS);
      case WINDING_DOWN -> EnumSet.of(COOLING_OFF);
      case COOLING_OFF -> EnumSet.of(AWAITING_EXIT_DATE);
      case AWAITING_EXIT_DATE -> EnumSet.of(RETROSPECTIVE);
      case RETROSPECTIVE, CLOSED -> EnumSet.noneOf(CasePhase.class);
    };
  }

  /**
   * Staying put is always allowed, since a redelivered job repeats its step's move. Any open case
   * may close: the process closes it from the phase its path ends in, and an operator closes one
   * whose process instance the engine no longer has, wherever it stood.
   */
  boolean canMoveTo(CasePhase target) {
    return target == this || (target == CLOSED && this != CLOSED) || next().contains(target);
  }

  /**
   * @return the target phase
   * @throws IllegalStateException when the process never moves a case from this phase to that one
   */
  CasePhase moveTo(CasePhase target) {
    if (!canMoveTo(target)) {
      Set<CasePhase> allowed = next();
      if (this != CLOSED) {
        allowed.add(CLOSED);
      }
      throw new IllegalStateException(
          "A case in phase %s cannot move to %s; from %s it moves only to %s"
              .formatted(this, target, this, allowed.isEmpty() ? "no other phase" : allowed));
    }
    return target;
  }
}
