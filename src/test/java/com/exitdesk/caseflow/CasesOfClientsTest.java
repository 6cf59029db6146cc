package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** From the review's exit decision on, the open case holds the client's deliverables. */
class CasesOfClientsTest {

  private final CaseService service = mock(CaseService.class);
  private final CasesOfClients cases = new CasesOfClients(service);

  @ParameterizedTest
  @EnumSource(
      value = CasePhase.class,
      names = {
        "AWAITING_APPROVAL",
        "WINDING_DOWN",
        "COOLING_OFF",
        "AWAITING_EXIT_DATE",
        "RETROSPECTIVE"
      })
  void anExitOnItsWayHoldsTheDeliverables(CasePhase phase) {
    openCaseIn(phase);

    assertThat(cases.caseHoldingDeliverablesOf(3L)).contains(12L);
    assertThat(cases.openCaseOf(3L)).contains(12L);
  }

  @ParameterizedTest
  @EnumSource(
      value = CasePhase.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {
        "AWAITING_APPROVAL",
        "WINDING_DOWN",
        "COOLING_OFF",
        "AWAITING_EXIT_DATE",
        "RETROSPECTIVE"
      })
  void beforeTheExitDecisionTheDeliverablesAreTheClients(CasePhase phase) {
    openCaseIn(phase);

    assertThat(cases.caseHoldingDeliverablesOf(3L)).isEmpty();
    assertThat(cases.openCaseOf(3L)).contains(12L);
  }

  @Test
  void noOpenCaseHoldsNothing() {
    given(service.openCaseOf(3L)).willReturn(Optional.empty());

    assertThat(cases.caseHoldingDeliverablesOf(3L)).isEmpty();
    assertThat(cases.openCaseOf(3L)).isEmpty();
  }

  private void openCaseIn(CasePhase phase) {
    RelationshipCase open = mock(RelationshipCase.class);
    given(open.getId()).willReturn(12L);
    given(open.getPhase()).willReturn(phase);
    given(service.openCaseOf(3L)).willReturn(Optional.of(open));
  }
}
