package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per rule of assess-relationship.dmn, evaluated by the engine itself. The inputs are
 * chosen so that exactly the named rule is the first to match.
 */
class AssessRelationshipDecisionTest extends ProcessTestSupport {

  @Autowired CamundaClient client;
  @Autowired ObjectMapper json;

  @Test
  void abuseIsFastTrackedWhateverElseIsTrue() throws Exception {
    assertThat(evaluate(evidence().with("abuseReported", true)))
        .isEqualTo(decision("FAST_EXIT", "rule_abuse_fast_exit"));
  }

  @Test
  void aFailedRepairLeadsToExit() throws Exception {
    assertThat(evaluate(evidence().with("failedRepairs", 1).with("strikes", 4)))
        .isEqualTo(decision("EXIT", "rule_failed_repair_exit"));
  }

  @Test
  void losingMoneyNearTheEndOfTheTermLeadsToExitAtTermEnd() throws Exception {
    assertThat(evaluate(evidence().with("marginPercent", -12.5).with("monthsToContractEnd", 2)))
        .isEqualTo(decision("EXIT", "rule_losing_money_term_end_exit"));
  }

  @Test
  void repeatedDisrespectTowardsTheTeamLeadsToExit() throws Exception {
    assertThat(evaluate(evidence().with("strikes", 3).with("ethicalStrikes", 3)))
        .isEqualTo(decision("EXIT", "rule_team_morale_exit"));
  }

  @Test
  void theThirdStrikeOpensARepair() throws Exception {
    assertThat(evaluate(evidence().with("strikes", 3).with("ethicalStrikes", 1)))
        .isEqualTo(decision("REPAIR", "rule_third_strike_repair"));
  }

  @Test
  void losingMoneyWithTimeLeftOnTheContractCallsForRenegotiation() throws Exception {
    assertThat(evaluate(evidence().with("marginPercent", -3).with("monthsToContractEnd", 9)))
        .isEqualTo(decision("REPAIR", "rule_losing_money_repair"));
  }

  @Test
  void twoStrikesOnAProfitableAccountGetTheBenefitOfTheDoubt() throws Exception {
    assertThat(evaluate(evidence().with("strikes", 2)))
        .isEqualTo(decision("MONITOR", "rule_benefit_of_doubt_monitor"));
  }

  @Test
  void aLongSilenceTurnsMinimalCommunicationIntoARepair() throws Exception {
    assertThat(evaluate(evidence().with("strikes", 1).with("daysSinceLastContact", 75)))
        .isEqualTo(decision("REPAIR", "rule_long_silence_repair"));
    assertThat(evaluate(evidence().with("strikes", 1).with("daysSinceLastContact", 12)))
        .isEqualTo(decision("MONITOR", "rule_benefit_of_doubt_monitor"));
    // Nothing on record is not silence: without a history the rule stays out of it.
    assertThat(evaluate(evidence().with("strikes", 2).with("daysSinceLastContact", null)))
        .isEqualTo(decision("MONITOR", "rule_benefit_of_doubt_monitor"));
    assertThat(evaluate(evidence().with("strikes", 0).with("daysSinceLastContact", 200)))
        .isEqualTo(decision("MONITOR", "rule_benefit_of_doubt_monitor"));
  }

  @Test
  void unknownProfitabilityAndNoContractDoNotCountAsLosses() throws Exception {
    assertThat(
            evaluate(
                evidence()
                    .with("strikes", 1)
                    .with("marginPercent", null)
                    .with("monthsToContractEnd", null)))
        .isEqualTo(decision("MONITOR", "rule_benefit_of_doubt_monitor"));
  }

  private Decision evaluate(Evidence evidence) throws Exception {
    var result =
        client
            .newEvaluateDecisionCommand()
            .decisionId(ProcessConstants.DECISION_ID)
            .variables(Map.of("evidence", evidence.values))
            .send()
            .join();
    JsonNode output = json.readTree(result.getDecisionOutput());
    String matchedRule = result.getEvaluatedDecisions().get(0).getMatchedRules().get(0).getRuleId();
    assertThat(output.path("rationale").asText()).isNotBlank();
    assertThat(output.path("matchedRule").asText())
        .as("the table's Rule column names the rule that matched, which the case records")
        .isEqualTo(matchedRule);
    return new Decision(output.path("recommendation").asText(), matchedRule);
  }

  private static Decision decision(String recommendation, String ruleId) {
    return new Decision(recommendation, ruleId);
  }

  /** A profitable client with a year left, no strikes, nothing failed. */
  private static Evidence evidence() {
    return new Evidence()
        .with("abuseReported", false)
        .with("failedRepairs", 0)
        .with("strikes", 0)
        .with("ethicalStrikes", 0)
        .with("marginPercent", 25.0)
        .with("monthsToContractEnd", 12);
  }

  private record Decision(String recommendation, String ruleId) {}

  private static final class Evidence {
    private final Map<String, Object> values = new HashMap<>();

    Evidence with(String name, Object value) {
      values.put(name, value);
      return this;
    }
  }
}
