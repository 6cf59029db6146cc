package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job is delivered again when its completion was lost (a timeout, a restart). The second run must
 * return the same answer and leave no second trace.
 */
class RedeliveredJobTest extends ProcessTestSupport {

  private static int redeliveries;
  private static int duplicateSideEffects;

  private static final long STEP_KEY = 9_100_000_000L;

  @Autowired RenegotiationSteps renegotiation;
  @Autowired CheckInSteps checkIns;
  @Autowired ProposalRepository proposals;
  @Autowired AuditTrail audit;
  @Autowired com.exitdesk.interaction.InteractionService interactions;

  @Test
  void aRedeliveredProposalJobWritesOneProposalAndOneMessage() {
    long caseId = caseDraftingNewTerms(profitableClient());
    Step step = new Step(caseId, STEP_KEY + caseId, JobTypes.SEND_PROPOSAL, null);
    NewTerms terms = new NewTerms("Scope", "Boundaries", "EMAIL", "WEEKLY", new BigDecimal("100"));

    Sending<ProposalSent> first = renegotiation.sendProposal(step, terms, Duration.ofDays(7), null);
    Sending<ProposalSent> second =
        renegotiation.sendProposal(step, terms, Duration.ofDays(7), null);

    assertThat(second).isEqualTo(first);
    assertThat(proposals.findByCaseIdOrderByIdAsc(caseId)).hasSize(1);
    assertThat(messages(caseId, MessageKind.RENEGOTIATION_PROPOSAL)).hasSize(1);
    redeliveries++;
    duplicateSideEffects += proposals.findByCaseIdOrderByIdAsc(caseId).size() - 1;
  }

  @Test
  void aRedeliveredFailedRepairCountsOnce() {
    long caseId = caseDraftingNewTerms(profitableClient());
    renegotiation.sendProposal(
        new Step(caseId, STEP_KEY + 300_000 + caseId, JobTypes.SEND_PROPOSAL, null),
        new NewTerms("Scope", "Boundaries", "EMAIL", "WEEKLY", new BigDecimal("100")),
        Duration.ofDays(7),
        null);
    Step step = new Step(caseId, STEP_KEY + 500_000 + caseId, JobTypes.RECORD_FAILED_REPAIR, null);

    renegotiation.recordFailedRepair(step, FailedRepair.PROPOSAL_DECLINED, null);
    renegotiation.recordFailedRepair(step, FailedRepair.PROPOSAL_DECLINED, null);

    assertThat(caseOf(caseId).getFailedRepairs()).isEqualTo(1);
    redeliveries++;
    duplicateSideEffects += caseOf(caseId).getFailedRepairs() - 1;
    assertThat(audit.forCase(caseId))
        .filteredOn(e -> e.getType() == AuditType.REPAIR_FAILED)
        .hasSize(1);
  }

  @Test
  void aRedeliveredCheckInCountsOnceAndIsOnTheHistoryOnce() {
    var client = profitableClient();
    long caseId = cases.open(client.getId(), "Scope disputes", "olivia").getId();
    awaitCase(caseId, c -> c.getStatus().isClosed());
    Step step = new Step(caseId, STEP_KEY + 700_000 + caseId, JobTypes.RECORD_CHECK_IN, null);
    CheckInSteps.CheckIn checkIn =
        new CheckInSteps.CheckIn(
            CheckInSteps.CheckInOutcome.HELD,
            "Weekly call stays",
            "Minutes by Monday",
            false,
            "olivia");

    CheckInRecorded first = checkIns.recordCheckIn(step, checkIn);
    CheckInRecorded second = checkIns.recordCheckIn(step, checkIn);

    assertThat(second.counts().checkInsHeld())
        .isEqualTo(first.counts().checkInsHeld())
        .isEqualTo(1);
    assertThat(caseOf(caseId).getCheckIns().held()).isEqualTo(1);
    assertThat(interactions.interactionsOf(client.getId(), null))
        .filteredOn(i -> Long.valueOf(caseId).equals(i.getCaseId()))
        .hasSize(1);
    redeliveries++;
    duplicateSideEffects += caseOf(caseId).getCheckIns().held() - 1;
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "redelivered-jobs",
        Map.of("jobs run twice", redeliveries, "duplicate side effects", duplicateSideEffects));
  }
}
