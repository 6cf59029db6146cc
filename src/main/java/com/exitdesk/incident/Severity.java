package com.exitdesk.incident;

public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
