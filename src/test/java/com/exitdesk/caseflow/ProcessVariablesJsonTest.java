package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.caseflow.CaseTaskRules.CheckInRecordedBy;
import com.exitdesk.caseflow.EvidenceFound.ContractTerms;
import com.exitdesk.caseflow.EvidenceFound.ReviewSuggestions;
import com.exitdesk.caseflow.ProbationPlanned.CheckInCounts;
import com.exitdesk.caseflow.ReviewOutcome.DeliverableOwed;
import com.exitdesk.client.Contract;
import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.JsonMapper;
import io.camunda.client.impl.CamundaObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The records send the engine exactly the JSON the hand-built maps sent before them, which the
 * model's FEEL and the forms read: dates and durations as ISO-8601 text, amounts as numbers, a
 * variable to clear as null, and a variable to leave alone left out. It holds whatever inclusion
 * the application's Jackson mapper is configured with, since the client's mapper is a copy of it.
 */
class ProcessVariablesJsonTest {

  private static final ObjectMapper READ = new ObjectMapper();

  private static JsonMapper clientMapper(JsonInclude.Include inclusion) {
    return new CamundaObjectMapper(
        Jackson2ObjectMapperBuilder.json().serializationInclusion(inclusion).build());
  }

  private static void assertSent(
      JsonInclude.Include inclusion, ProcessVariables variables, Map<String, Object> before)
      throws Exception {
    JsonNode sent = READ.readTree(clientMapper(inclusion).toJson(variables));
    // The maps went through the client's mapper too, which always kept their null entries.
    JsonNode expected = READ.readTree(clientMapper(JsonInclude.Include.ALWAYS).toJson(before));
    assertThat(sent).as(variables.getClass().getSimpleName()).isEqualTo(expected);
  }

  private static Evidence evidence(BigDecimal margin) {
    return new Evidence(
        3,
        2,
        1,
        false,
        new BigDecimal("1000.00"),
        new BigDecimal("900.50"),
        new BigDecimal("12.5"),
        margin,
        null,
        2,
        0,
        new Evidence.Contact(null, 4, 1, 0));
  }

  /** What the evidence worker sends: the facts in one variable, the unknown ones as null. */
  private static Map<String, Object> evidenceBefore(BigDecimal margin) {
    Map<String, Object> facts = new HashMap<>();
    Map<String, Object> v = new HashMap<>();
    v.put("evidence", facts);
    facts.put("strikes", 3);
    facts.put("financialStrikes", 2);
    facts.put("ethicalStrikes", 1);
    facts.put("abuseReported", false);
    facts.put("revenue", new BigDecimal("1000.00"));
    facts.put("cost", new BigDecimal("900.50"));
    facts.put("hoursSpent", new BigDecimal("12.5"));
    facts.put("marginPercent", margin);
    facts.put("monthsToContractEnd", null);
    facts.put("openDeliverables", 2);
    facts.put("failedRepairs", 0);
    facts.put("daysSinceLastContact", null);
    facts.put("contactsOnPrimaryChannel", 4);
    facts.put("contactsOnOtherChannels", 1);
    facts.put("agreementsMade", 0);
    return v;
  }

  @ParameterizedTest
  @EnumSource(
      value = JsonInclude.Include.class,
      names = {"ALWAYS", "NON_NULL"})
  void theEvidenceSendsUnknownFiguresAsNullAndNoContractAsNothing(JsonInclude.Include inclusion)
      throws Exception {
    Map<String, Object> before = evidenceBefore(null);
    before.put("clientLanguage", "es");
    before.put("clientLanguageName", "Spanish");

    assertSent(
        inclusion,
        new EvidenceFound(evidence(null), new ReviewSuggestions("es", "Spanish", null)),
        before);
  }

  @ParameterizedTest
  @EnumSource(
      value = JsonInclude.Include.class,
      names = {"ALWAYS", "NON_NULL"})
  void theContractsTermsTravelAsTextAndNumbersAndAMissingClauseLeavesTheFieldAlone(
      JsonInclude.Include inclusion) throws Exception {
    Contract contract = new Contract(7L);
    contract.setTerms(
        LocalDate.of(2025, 2, 1),
        LocalDate.of(2027, 1, 31),
        new BigDecimal("2500.00"),
        "EUR",
        30,
        null,
        null,
        "Bookkeeping");
    Map<String, Object> before = evidenceBefore(new BigDecimal("12.34"));
    before.put("clientLanguage", "en");
    before.put("clientLanguageName", "English");
    Map<String, Object> onFile = new HashMap<>();
    onFile.put("startDate", "2025-02-01");
    onFile.put("endDate", "2027-01-31");
    onFile.put("noticePeriodDays", 30);
    onFile.put("earlyTerminationFee", null);
    onFile.put("monthlyFee", new BigDecimal("2500.00"));
    onFile.put("currency", "EUR");
    before.put("contract", onFile);
    before.put("exitDate", "2027-01-31");
    before.put("noticePeriodDays", 30);
    before.put("earlyTerminationFee", null);

    assertSent(
        inclusion,
        new EvidenceFound(
            evidence(new BigDecimal("12.34")),
            new ReviewSuggestions(
                "en", "English", ContractTerms.of(contract, LocalDate.of(2027, 1, 31)))),
        before);
  }

  @ParameterizedTest
  @EnumSource(
      value = JsonInclude.Include.class,
      names = {"ALWAYS", "NON_NULL"})
  void aReviewClearsTheLastRepairsOutcome(JsonInclude.Include inclusion) throws Exception {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", 11L);
    item.put("title", "Final report");
    item.put("dueDate", "2026-02-15");
    Map<String, Object> before = new HashMap<>();
    before.put("reviewDecision", "EXIT");
    before.put("exitAt", "2026-01-31T00:00:00Z");
    before.put("deliverablesOwed", List.of(item));
    before.put("repairOutcome", null);

    assertSent(
        inclusion,
        ReviewOutcome.of(
            ReviewDecision.EXIT,
            LocalDate.of(2026, 1, 31),
            List.of(new DeliverableOwed(11L, "Final report", "2026-02-15"))),
        before);
    assertSent(
        inclusion,
        new RepairOutcome(FailedRepair.PROPOSAL_DECLINED),
        Map.of("repairOutcome", "PROPOSAL_DECLINED"));
  }

  @ParameterizedTest
  @EnumSource(
      value = JsonInclude.Include.class,
      names = {"ALWAYS", "NON_NULL"})
  void theProbationAndItsCheckIns(JsonInclude.Include inclusion) throws Exception {
    Map<String, Object> planned = new HashMap<>();
    planned.put("checkInCadence", "BIWEEKLY");
    planned.put("checkInChannel", "EMAIL");
    planned.put("checkInCycle", "R6/P14D");
    planned.put("checkInsPlanned", 6);
    planned.put("checkInsHeld", 0);
    planned.put("checkInsMissed", 0);
    planned.put("probationEndsAfter", "PT2160H");
    assertSent(
        inclusion,
        ProbationPlanned.of(CheckInPlan.of("BIWEEKLY", Duration.ofDays(90)), "EMAIL"),
        planned);

    Map<String, Object> recorded = new HashMap<>();
    recorded.put("checkInsHeld", 1);
    recorded.put("checkInsMissed", 2);
    recorded.put("checkInStrikeRequested", true);
    recorded.put("checkInInteractionId", null);
    assertSent(inclusion, new CheckInRecorded(new CheckInCounts(1, 2), true, null), recorded);
    assertSent(
        inclusion,
        new CheckInRecordedBy(7L, "olivia"),
        Map.of("checkInTaskId", 7L, "checkInRecordedBy", "olivia"));
  }

  @ParameterizedTest
  @EnumSource(
      value = JsonInclude.Include.class,
      names = {"ALWAYS", "NON_NULL"})
  void theStartAndTheMessages(JsonInclude.Include inclusion) throws Exception {
    ProcessTimings timings =
        new ProcessTimings(
            Duration.ofDays(7),
            Duration.ofDays(2),
            Duration.ofDays(2),
            Duration.ofHours(24),
            Duration.ofDays(90),
            Duration.ofDays(1));
    Map<String, Object> start = new HashMap<>();
    start.put("proposalAnswerPeriod", "PT168H");
    start.put("proposalReminderAfter", "PT120H");
    start.put("approvalReminderAfter", "PT48H");
    start.put("coolingOffPeriod", "PT24H");
    start.put("probationPeriod", "PT2160H");
    start.put("checkInDueAfter", "PT24H");
    start.put("caseId", 5L);
    start.put("clientId", 9L);
    start.put("reason", "Scope disputes");
    assertSent(inclusion, new CaseStart(5L, 9L, "Scope disputes", timings.periods()), start);

    Map<String, Object> answer = new HashMap<>();
    answer.put("clientAccepted", true);
    answer.put("clientComment", null);
    answer.put("clientAnsweredAt", "2026-01-31T10:15:30Z");
    answer.put("clientAnswerRecordedBy", null);
    assertSent(inclusion, new ClientAnswered(true, null, "2026-01-31T10:15:30Z", null), answer);
    assertSent(inclusion, new IncidentReported(42L), Map.of("lastIncidentId", 42L));
    assertSent(
        inclusion,
        new ExitWithdrawal("maria", "They paid"),
        Map.of("withdrawnBy", "maria", "withdrawalReason", "They paid"));
    assertSent(
        inclusion,
        new ProposalSent(3L, "2026-02-07T10:15:30Z"),
        Map.of("proposalId", 3L, "proposalDeadline", "2026-02-07T10:15:30Z"));
    assertSent(
        inclusion,
        new AddressRejected("550 no such user"),
        Map.of("addressRejection", "550 no such user"));
  }
}
