package com.exitdesk.client;

public enum ClientStatus {
  ACTIVE,
  CLOSED
}
