package com.exitdesk.caseflow;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import org.springframework.stereotype.Component;

/**
 * What a step works on, found or refused: a case, client or proposal that is gone fails the job (a
 * technical fault; the engine retries it and ends with an incident).
 */
@Component
class CaseLookup {

  private final CaseRepository cases;
  private final ProposalRepository proposals;
  private final ClientService clients;

  CaseLookup(CaseRepository cases, ProposalRepository proposals, ClientService clients) {
    this.cases = cases;
    this.proposals = proposals;
    this.clients = clients;
  }

  RelationshipCase caseOf(Step step) {
    return cases
        .findById(step.caseId())
        .orElseThrow(() -> new IllegalStateException("Case " + step.caseId() + " does not exist"));
  }

  Client clientOf(RelationshipCase c) {
    return clients
        .find(c.getClientId())
        .orElseThrow(() -> new IllegalStateException("Client " + c.getClientId() + " is gone"));
  }

  Proposal proposal(long id) {
    return proposals
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("Proposal " + id + " does not exist"));
  }
}
