package com.exitdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.incident.StrikePolicyProperties;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.support.ReliabilityFigures;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/** Properties of the strike policy for any threshold and window it may be configured with. */
class StrikePolicyPropertiesTest {

  private static int checks;

  @Provide
  Arbitrary<StrikePolicyProperties> policies() {
    return Arbitraries.integers()
        .between(1, 10)
        .flatMap(
            threshold ->
                Arbitraries.integers()
                    .between(1, 36)
                    .map(months -> new StrikePolicyProperties(threshold, Period.ofMonths(months))));
  }

  @Property(tries = 300)
  void abuseOpensAReviewWhateverTheCount(
      @ForAll("policies") StrikePolicyProperties policy,
      @ForAll @IntRange(min = 0, max = 20) int strikes) {
    checks++;
    for (WarningSign sign : WarningSign.values()) {
      if (sign.isAbuse()) {
        assertThat(policy.opensReview(sign, strikes)).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void anotherStrikeNeverClosesAReviewThatTheLastOneWouldOpen(
      @ForAll("policies") StrikePolicyProperties policy,
      @ForAll WarningSign sign,
      @ForAll @IntRange(min = 0, max = 20) int strikes) {
    checks++;
    if (policy.opensReview(sign, strikes)) {
      assertThat(policy.opensReview(sign, strikes + 1)).isTrue();
    }
  }

  @Property(tries = 300)
  void belowTheThresholdOnlyAbuseOpensAReview(
      @ForAll("policies") StrikePolicyProperties policy, @ForAll WarningSign sign) {
    checks++;
    for (int strikes = 0; strikes < policy.threshold(); strikes++) {
      assertThat(policy.opensReview(sign, strikes)).isEqualTo(sign.isAbuse());
    }
    assertThat(policy.opensReview(sign, policy.threshold())).isTrue();
  }

  @Property(tries = 300)
  void aStrikeInsideTheWindowStillCountsAndTheWindowEndsToday(
      @ForAll("policies") StrikePolicyProperties policy,
      @ForAll @IntRange(min = 0, max = 20_000) int daysSinceEpoch2000) {
    checks++;
    LocalDate today = LocalDate.of(2000, 1, 1).plusDays(daysSinceEpoch2000);
    LocalDate start = policy.windowStart(today);
    assertThat(start).isBefore(today);
    // A window of n months back from today holds at least 28 days per month.
    assertThat(start).isBeforeOrEqualTo(today.minusDays(28L * policy.window().getMonths()));
  }

  @AfterContainer
  static void recordFigures() throws Exception {
    ReliabilityFigures.record("strike-policy-properties", Map.of("policy checks", checks));
  }
}
