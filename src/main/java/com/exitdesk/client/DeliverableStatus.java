package com.exitdesk.client;

public enum DeliverableStatus {
  OPEN,
  DONE
}
