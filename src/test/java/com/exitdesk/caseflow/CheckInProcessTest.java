package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.HOLD_CHECK_IN;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.Incident;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.interaction.Interaction;
import com.exitdesk.interaction.InteractionKind;
import com.exitdesk.interaction.InteractionService;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.support.ProcessTestSupport;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The probation's check-ins, with the engine's clock moved through the probation: as many as the
 * cadence fits, each recorded on the client's history, and a repair only when all were held.
 */
class CheckInProcessTest extends ProcessTestSupport {

  private static final Duration PAST_THE_END = CheckInPlan.LAST_CHECK_IN_FIRST.plusMinutes(1);

  @Autowired CamundaClient engineClient;
  @Autowired InteractionService interactions;
  @Autowired AuditTrail audit;
  @Autowired MockMvc mvc;

  @ParameterizedTest(name = "{0} over {1}: {2} check-ins")
  @CsvSource({"WEEKLY, P28D, 4", "BIWEEKLY, P28D, 2", "MONTHLY, P56D, 2", "WEEKLY, P20D, 2"})
  void theCycleOpensOneCheckInPerCadenceAndACleanProbationEndsRepaired(
      String cadence, String probation, int expected) {
    Client client = profitableClient();
    long caseId = caseInProbation(client, cadence, Duration.parse(probation));
    Duration every = CheckInPlan.interval(cadence);

    for (int n = 1; n <= expected; n++) {
      assertThat(openTasks(caseId, HOLD_CHECK_IN)).as("before check-in %d is due", n).isEmpty();
      moveClock(every);
      complete(awaitTask(caseId, HOLD_CHECK_IN), OLIVIA, held("Keep the Friday call."));
      int held = n;
      awaitCase(caseId, c -> c.getCheckIns().held() == held);
    }
    Duration elapsed = every.multipliedBy(expected);
    moveClock(
        CheckInPlan.of(cadence, Duration.parse(probation)).probationEndsAfter().minus(elapsed));
    moveClock(Duration.ofMinutes(1));

    RelationshipCase closed = awaitCase(caseId, c -> c.getStatus().isClosed());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.REPAIRED);
    assertThat(closed.getCheckIns().cadence()).isEqualTo(cadence);
    assertThat(closed.getCheckIns().planned()).isEqualTo(expected);
    assertThat(closed.getCheckIns().held()).isEqualTo(expected);
    assertThat(closed.getCheckIns().missed()).isZero();
    assertThat(checkInTasks(caseId)).hasSize(expected);
    List<Interaction> meetings =
        interactions.interactionsOf(client.getId(), InteractionKind.MEETING);
    assertThat(meetings)
        .hasSize(expected)
        .allSatisfy(
            m -> {
              assertThat(m.getCaseId()).isEqualTo(caseId);
              assertThat(m.isAgreementMade()).isTrue();
              assertThat(m.getAgreement()).isEqualTo("Keep the Friday call.");
              assertThat(m.getRecordedBy()).isEqualTo("olivia");
            });
    assertThat(types(caseId))
        .contains(AuditType.CHECK_IN_HELD)
        .doesNotContain(AuditType.REPAIR_FAILED);
  }

  @Test
  void aMissedCheckInWithAStrikeEndsTheProbationAndSendsTheCaseBackToTheEvidence() {
    Client client = profitableClient();
    long caseId = caseInProbation(client, "WEEKLY", Duration.ofDays(28));
    moveClock(Duration.ofDays(7));
    InboxTask checkIn = awaitTask(caseId, HOLD_CHECK_IN);

    complete(checkIn, OMAR, absent(true));

    RelationshipCase reassessed = awaitCase(caseId, c -> c.getFailedRepairs() == 1);
    awaitTask(caseId, REVIEW_CONTRACT);
    assertThat(caseOf(caseId).getCheckIns().missed()).isEqualTo(1);
    assertThat(caseOf(caseId).getAssessment().strikes()).isEqualTo(4);
    assertThat(reassessed.getStatus()).isEqualTo(CaseStatus.OPEN);
    Incident strike =
        incidents.incidentsOf(client.getId()).stream()
            .filter(i -> i.getSign() == WarningSign.MINIMAL_COMMUNICATION)
            .findFirst()
            .orElseThrow();
    assertThat(strike.getCaseId()).isEqualTo(caseId);
    assertThat(strike.getReporter()).isEqualTo("omar");
    Interaction missed =
        interactions.interactionsOf(client.getId(), InteractionKind.NOTE).stream()
            .filter(i -> Long.valueOf(caseId).equals(i.getCaseId()))
            .findFirst()
            .orElseThrow();
    assertThat(strike.getInteractionId()).isEqualTo(missed.getId());
    assertThat(missed.getSummary()).isEqualTo("Call the client's office to set a new date.");
    assertThat(failures(caseId)).containsExactly("PROBATION_BROKEN");
    assertThat(types(caseId)).contains(AuditType.CHECK_IN_MISSED);
    // The broken probation takes its other check-ins with it.
    moveClock(Duration.ofDays(7));
    assertThat(openTasks(caseId, HOLD_CHECK_IN)).isEmpty();
  }

  @Test
  void checkInsMissedWithoutAStrikeStillKeepTheProbationFromEndingRepaired() {
    Client client = profitableClient();
    long caseId = caseInProbation(client, "MONTHLY", Duration.ofDays(28));
    moveClock(Duration.ofDays(28));

    complete(awaitTask(caseId, HOLD_CHECK_IN), OLIVIA, absent(false));
    awaitCase(caseId, c -> c.getCheckIns().missed() == 1);
    assertThat(caseOf(caseId).getStatus()).isEqualTo(CaseStatus.OPEN);
    moveClock(PAST_THE_END);

    awaitTask(caseId, REVIEW_CONTRACT);
    RelationshipCase reassessed = caseOf(caseId);
    assertThat(reassessed.getFailedRepairs()).isEqualTo(1);
    assertThat(reassessed.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(failures(caseId)).containsExactly("CHECK_INS_MISSED");
    assertThat(incidents.incidentsOf(client.getId()))
        .noneMatch(i -> i.getSign() == WarningSign.MINIMAL_COMMUNICATION);
  }

  @Test
  void anOverdueCheckInRemindsTheTeamAndTheProbationWaitsForIt() {
    Client client = profitableClient();
    long caseId = caseInProbation(client, "MONTHLY", Duration.ofDays(28));
    moveClock(Duration.ofDays(28));
    InboxTask checkIn = awaitTask(caseId, HOLD_CHECK_IN);
    assertThat(checkIn.getDueAt()).isNotNull();

    moveClock(Duration.ofDays(1).plusMinutes(1));

    OutboxMessage reminder = awaitMessage(caseId, MessageKind.CHECK_IN_REMINDER);
    assertThat(reminder.getRecipient()).isEqualTo("ops@exitdesk.example");
    assertThat(reminder.getSubject()).contains(client.getName());
    assertThat(types(caseId)).contains(AuditType.CHECK_IN_REMINDED);
    assertThat(caseOf(caseId).getStatus()).as("the probation waits").isEqualTo(CaseStatus.OPEN);

    complete(checkIn, OLIVIA, held("Weekly status email from now on."));
    assertThat(awaitCase(caseId, c -> c.getStatus().isClosed()).getStatus())
        .isEqualTo(CaseStatus.REPAIRED);
  }

  @Test
  void theFormsRulesHoldWhatOnlyMakesSenseTogetherAndTheCaseShowsTheCounts() throws Exception {
    long caseId = caseInProbation(profitableClient(), "WEEKLY", Duration.ofDays(14));
    moveClock(Duration.ofDays(7));
    InboxTask checkIn = awaitTask(caseId, HOLD_CHECK_IN);

    Map<String, Object> heldWithoutAgreement = new HashMap<>(held("x"));
    heldWithoutAgreement.remove("checkInAgreed");
    assertThatThrownBy(() -> complete(checkIn, OLIVIA, heldWithoutAgreement))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("checkInAgreed");
    Map<String, Object> heldWithStrike = new HashMap<>(held("Carry on."));
    heldWithStrike.put("logMissedCheckInStrike", true);
    assertThatThrownBy(() -> complete(checkIn, OLIVIA, heldWithStrike))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("logMissedCheckInStrike");

    assertThat(caseOf(caseId).getCheckIns().held() + caseOf(caseId).getCheckIns().missed())
        .isZero();
    complete(checkIn, OLIVIA, held("Carry on."));
    awaitCase(caseId, c -> c.getCheckIns().held() == 1);

    String entries = "$.timeline[?(@.type == '%s')].details.%s";
    mvc.perform(get("/api/cases/" + caseId).with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.checkIns.cadence").value("WEEKLY"))
        .andExpect(jsonPath("$.checkIns.planned").value(2))
        .andExpect(jsonPath("$.checkIns.held").value(1))
        .andExpect(jsonPath("$.checkIns.missed").value(0))
        .andExpect(jsonPath(entries.formatted("CHECK_IN_HELD", "number"), hasItem(1)))
        .andExpect(jsonPath(entries.formatted("CHECK_IN_HELD", "agreed"), hasItem("Carry on.")))
        .andExpect(jsonPath(entries.formatted("NEW_TERMS_APPLIED", "checkInsPlanned"), hasItem(2)));
  }

  @Test
  void aCheckInCompletedOnTheEngineInsteadOfTheInboxIsNotCounted() {
    long caseId = caseInProbation(profitableClient(), "WEEKLY", Duration.ofDays(14));
    moveClock(Duration.ofDays(7));
    InboxTask checkIn = awaitTask(caseId, HOLD_CHECK_IN);

    // Someone who can reach the engine completes the job with a forged name and a strike.
    engineClient
        .newCompleteCommand(checkIn.getJobKey())
        .variables(
            Map.of(
                "checkInOutcome", "CLIENT_ABSENT",
                "checkInNextSteps", "None",
                "logMissedCheckInStrike", true,
                "checkInRecordedBy", "olivia"))
        .send()
        .join();

    await().atMost(WAIT).until(() -> types(caseId).contains(AuditType.DECISION_REFUSED));
    RelationshipCase unchanged = caseOf(caseId);
    assertThat(unchanged.getCheckIns().held() + unchanged.getCheckIns().missed()).isZero();
    assertThat(unchanged.getFailedRepairs()).isZero();
  }

  /** New terms at the cadence, accepted; the probation's length set on the case's process. */
  private long caseInProbation(Client client, String cadence, Duration probation) {
    long caseId = caseFromThreeStrikes(client);
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("REPAIR"));
    Map<String, Object> terms = new HashMap<>(com.exitdesk.support.TaskForms.newTerms());
    terms.put("checkInCadence", cadence);
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, terms);
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    engineClient
        .newSetVariablesCommand(caseOf(caseId).getProcessInstanceKey())
        .variables(Map.of("probationPeriod", probation.toString()))
        .send()
        .join();
    answers.recordClientAnswer(caseId, true, "Agreed.", "olivia");
    awaitPhase(caseId, CasePhase.PROBATION);
    awaitTimer(caseId, "timer_probation_clean");
    awaitTimer(caseId, "start_event_check_in_due");
    return caseId;
  }

  private static Map<String, Object> held(String agreed) {
    return Map.of(
        "checkInOutcome", "HELD",
        "checkInAgreed", agreed,
        "checkInNextSteps", "Send the minutes by Monday.");
  }

  private static Map<String, Object> absent(boolean strike) {
    return Map.of(
        "checkInOutcome", "CLIENT_ABSENT",
        "checkInNextSteps", "Call the client's office to set a new date.",
        "logMissedCheckInStrike", strike);
  }

  private List<InboxTask> checkInTasks(long caseId) {
    return inbox.tasksOfCase(caseId).stream()
        .filter(t -> t.getElementId().equals(HOLD_CHECK_IN))
        .toList();
  }

  private List<String> failures(long caseId) {
    return audit.forCase(caseId).stream()
        .filter(e -> e.getType() == AuditType.REPAIR_FAILED)
        .map(AuditEvent::getDetails)
        .map(json -> json.replaceAll(".*\"failure\":\"([A-Z_]+)\".*", "$1"))
        .toList();
  }

  private List<AuditType> types(long caseId) {
    return audit.forCase(caseId).stream().map(AuditEvent::getType).toList();
  }
}
