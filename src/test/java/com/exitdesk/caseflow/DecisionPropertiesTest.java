package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.support.ReliabilityFigures;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.dmn.DecisionEngine;
import io.camunda.zeebe.dmn.DecisionEngineFactory;
import io.camunda.zeebe.dmn.DecisionEvaluationResult;
import io.camunda.zeebe.dmn.ParsedDecisionRequirementsGraph;
import io.camunda.zeebe.dmn.impl.VariablesContext;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Properties of assess-relationship.dmn over thousands of generated cases, fed the variables the
 * evidence worker writes and evaluated by the engine's own DMN engine: the table has no gaps, and
 * worse evidence never earns a milder recommendation.
 */
class DecisionPropertiesTest {

  /** Mildest first. */
  private static final List<String> SEVERITY = List.of("MONITOR", "REPAIR", "EXIT", "FAST_EXIT");

  private static final DecisionEngine DMN = DecisionEngineFactory.createDecisionEngine();
  private static final ParsedDecisionRequirementsGraph TABLE = parse();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static int evaluations;

  private static Evidence evidence(
      boolean abuse, int failedRepairs, int strikes, int ethical, Double margin, Integer months) {
    return new Evidence(
        strikes,
        strikes - ethical,
        ethical,
        abuse,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        margin == null ? null : BigDecimal.valueOf(margin),
        months,
        0,
        failedRepairs,
        Evidence.Contact.NONE);
  }

  private static Evidence withOneMoreStrike(Evidence e, boolean ethical) {
    int moreEthical = ethical ? e.ethicalStrikes() + 1 : e.ethicalStrikes();
    return evidence(
        e.abuseReported(),
        e.failedRepairs(),
        e.strikes() + 1,
        moreEthical,
        margin(e),
        e.monthsToContractEnd());
  }

  private static Double margin(Evidence e) {
    return e.marginPercent() == null ? null : e.marginPercent().doubleValue();
  }

  @Provide
  Arbitrary<Evidence> evidence() {
    Arbitrary<Integer> strikes = Arbitraries.integers().between(0, 12);
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 3),
            strikes,
            Arbitraries.integers().between(0, 12),
            Arbitraries.doubles().between(-100, 100).ofScale(1).injectNull(0.1),
            Arbitraries.integers().between(0, 60).injectNull(0.1))
        .as(
            (abuse, failed, total, ethical, margin, months) ->
                evidence(abuse, failed, total, Math.min(ethical, total), margin, months));
  }

  @Property(tries = 500)
  void everyCaseGetsOneOfTheFourRecommendations(@ForAll("evidence") Evidence evidence) {
    assertThat(SEVERITY).contains(recommend(evidence));
  }

  @Property(tries = 500)
  void abuseAlwaysYieldsAFastExit(@ForAll("evidence") Evidence evidence) {
    Evidence abusive =
        evidence(
            true,
            evidence.failedRepairs(),
            evidence.strikes(),
            evidence.ethicalStrikes(),
            margin(evidence),
            evidence.monthsToContractEnd());
    assertThat(recommend(abusive)).isEqualTo("FAST_EXIT");
  }

  @Property(tries = 500)
  void anotherStrikeNeverMakesTheRecommendationMilder(
      @ForAll("evidence") Evidence evidence, @ForAll boolean ethical) {
    assertThat(severity(recommend(withOneMoreStrike(evidence, ethical))))
        .isGreaterThanOrEqualTo(severity(recommend(evidence)));
  }

  @Property(tries = 500)
  void threeStrikesInTheWindowAreNeverJustMonitored(@ForAll("evidence") Evidence evidence) {
    if (evidence.strikes() >= 3) {
      assertThat(recommend(evidence)).isNotEqualTo("MONITOR");
    }
  }

  @Property(tries = 500)
  void losingMoreMoneyNeverMakesTheRecommendationMilder(
      @ForAll("evidence") Evidence evidence, @ForAll("losses") double worse) {
    if (evidence.marginPercent() == null) {
      return;
    }
    Evidence poorer =
        evidence(
            evidence.abuseReported(),
            evidence.failedRepairs(),
            evidence.strikes(),
            evidence.ethicalStrikes(),
            margin(evidence) - worse,
            evidence.monthsToContractEnd());
    assertThat(severity(recommend(poorer))).isGreaterThanOrEqualTo(severity(recommend(evidence)));
  }

  @Provide
  Arbitrary<Double> losses() {
    return Arbitraries.doubles().between(0, 100).ofScale(1);
  }

  @AfterContainer
  static void recordFigures() throws Exception {
    ReliabilityFigures.record("decision-properties", Map.of("decision evaluations", evaluations));
  }

  private static int severity(String recommendation) {
    return SEVERITY.indexOf(recommendation);
  }

  private static synchronized String recommend(Evidence evidence) {
    evaluations++;
    DecisionEvaluationResult result =
        DMN.evaluateDecisionById(
            TABLE, ProcessConstants.DECISION_ID, new VariablesContext(asVariables(evidence)));
    assertThat(result.isFailure()).as(result.getFailureMessage()).isFalse();
    try {
      return JSON.readTree(MsgPackConverter.convertToJson(result.getOutput()))
          .path("recommendation")
          .asText(null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The variables the engine stores from the evidence worker's result: the JSON, read back. */
  private static Map<String, Object> asVariables(Evidence evidence) {
    return JSON.convertValue(
        new EvidenceFound(evidence, new EvidenceFound.ReviewSuggestions("en", "English", null)),
        new TypeReference<Map<String, Object>>() {});
  }

  private static ParsedDecisionRequirementsGraph parse() {
    try (InputStream dmn = Files.newInputStream(Path.of("bpmn", "assess-relationship.dmn"))) {
      ParsedDecisionRequirementsGraph graph = DMN.parse(dmn);
      if (!graph.isValid()) {
        throw new IllegalStateException(graph.getFailureMessage());
      }
      return graph;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
