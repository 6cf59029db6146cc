package com.exitdesk.incident;

/** The two areas of trouble with a client. */
public enum IncidentArea {
  /** Attention out of proportion to value, scope creep, losing money. */
  FINANCIAL,
  /** Disrespect, mistreating the team, abuse. */
  ETHICAL
}
