package com.exitdesk.caseflow;

/** Where an open case stands; guards the actions that only make sense at one point. */
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
  CLOSED
}
