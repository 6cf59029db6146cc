package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInPlanTest {

  @ParameterizedTest(name = "{0} over {1}: {2} check-ins, {3}, ends after {4}")
  @CsvSource({
    "WEEKLY,    P90D, 12, R12/P7D,  P90D",
    "BIWEEKLY,  P90D,  6, R6/P14D,  P90D",
    "MONTHLY,   P90D,  3, R3/P28D,  P90D",
    "WEEKLY,    P28D,  4, R4/P7D,   PT673H",
    "BIWEEKLY,  P28D,  2, R2/P14D,  PT673H",
    "MONTHLY,   P28D,  1, R1/P28D,  PT673H",
    "MONTHLY,   P60D,  2, R2/P28D,  P60D",
    "MONTHLY,   P20D,  1, R1/P20D,  PT481H",
    "WEEKLY,   PT36H,  1, R1/PT36H, PT37H",
  })
  void fitsAsManyCheckInsAsTheProbationHoldsAtTheCadence(
      String cadence, String probation, int planned, String cycle, String endsAfter) {
    CheckInPlan plan = CheckInPlan.of(cadence, Duration.parse(probation));

    assertThat(plan.planned()).isEqualTo(planned);
    assertThat(plan.cycle()).isEqualTo(cycle);
    assertThat(plan.probationEndsAfter()).isEqualTo(Duration.parse(endsAfter));
  }

  @ParameterizedTest
  @ValueSource(strings = {"WEEKLY", "BIWEEKLY", "MONTHLY"})
  void theLastCheckInNeverFallsAfterTheProbationEnds(String cadence) {
    for (int days = 1; days <= 120; days++) {
      CheckInPlan plan = CheckInPlan.of(cadence, Duration.ofDays(days));
      Duration every = Duration.parse(plan.cycle().substring(plan.cycle().indexOf('/') + 1));
      Duration last = every.multipliedBy(plan.planned());

      assertThat(last).as("%d days", days).isLessThan(plan.probationEndsAfter());
      assertThat(plan.probationEndsAfter().minus(Duration.ofDays(days)))
          .as("%d days", days)
          .isLessThanOrEqualTo(CheckInPlan.LAST_CHECK_IN_FIRST);
    }
  }

  @org.junit.jupiter.api.Test
  void noProbationHasNoCheckIn() {
    CheckInPlan plan = CheckInPlan.of("WEEKLY", Duration.ZERO);

    assertThat(plan.planned()).isZero();
    assertThat(plan.probationEndsAfter()).isZero();
  }

  @org.junit.jupiter.api.Test
  void aCadenceTheFormDoesNotOfferIsRefused() {
    assertThatThrownBy(() -> CheckInPlan.of("DAILY", Duration.ofDays(90)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DAILY");
    assertThatThrownBy(() -> CheckInPlan.of(null, Duration.ofDays(90)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
