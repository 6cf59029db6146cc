package com.exitdesk.caseflow;

import com.exitdesk.client.ClientCases;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells the client side about a client's cases, in ids and plain lines. */
@Component
class CasesOfClients implements ClientCases {

  /** From the contract review's exit decision on, the case finishes each deliverable by a task. */
  private static final Set<CasePhase> EXIT_HOLDS_DELIVERABLES =
      EnumSet.of(
          CasePhase.AWAITING_APPROVAL,
          CasePhase.WINDING_DOWN,
          CasePhase.COOLING_OFF,
          CasePhase.AWAITING_EXIT_DATE,
          CasePhase.RETROSPECTIVE);

  private final CaseService cases;

  CasesOfClients(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public Optional<Long> openCaseOf(long clientId) {
    return cases.openCaseOf(clientId).map(RelationshipCase::getId);
  }

  @Override
  public Optional<Long> caseHoldingDeliverablesOf(long clientId) {
    return cases
        .openCaseOf(clientId)
        .filter(c -> EXIT_HOLDS_DELIVERABLES.contains(c.getPhase()))
        .map(RelationshipCase::getId);
  }

  @Override
  public List<CaseLine> casesOf(long clientId) {
    return cases.casesOf(clientId).stream()
        .map(
            c ->
                new CaseLine(
                    c.getId(),
                    c.getStatus().name(),
                    c.getPhase().name(),
                    Optional.ofNullable(c.getAssessment().recommendation())
                        .map(Enum::name)
                        .orElse(null),
                    c.getOpenedAt(),
                    c.getClosedAt()))
        .toList();
  }
}
