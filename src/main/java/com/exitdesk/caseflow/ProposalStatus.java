package com.exitdesk.caseflow;

public enum ProposalStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
