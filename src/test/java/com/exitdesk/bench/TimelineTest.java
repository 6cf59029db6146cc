package com.exitdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final long MS = 1_000_000;

  @Test
  void aStepsOwnTimeLeavesOutTheStepsNestedInItAndStepsOfOneBeanAddUp() {
    Timeline timeline =
        Timeline.parse(
            List.of(
                "milestone\tstarting\t400",
                "milestone\tready\t9000",
                "step\t1\tnull\tspring.context.refresh\t\t" + 5000 * MS,
                "step\t2\t1\tspring.beans.instantiate\tengine\t" + 3000 * MS,
                "step\t3\t2\tspring.beans.instantiate\tclient\t" + 1000 * MS,
                "step\t4\t1\tspring.beans.instantiate\tclient\t" + 500 * MS));

    assertThat(timeline.milestones()).containsEntry("starting", 400L).containsEntry("ready", 9000L);
    assertThat(timeline.steps())
        .containsExactly(
            new Timeline.Entry(
                "spring.beans.instantiate",
                "engine",
                1,
                Duration.ofMillis(2000),
                Duration.ofMillis(3000)),
            new Timeline.Entry(
                "spring.context.refresh", "", 1, Duration.ofMillis(1500), Duration.ofMillis(5000)),
            new Timeline.Entry(
                "spring.beans.instantiate",
                "client",
                2,
                Duration.ofMillis(1500),
                Duration.ofMillis(1500)));
    assertThat(timeline.markdown(2))
        .contains("| **ready** | **9000** |")
        .contains("| spring.beans.instantiate | `engine` | 1 | 2000 | 3000 |")
        .doesNotContain("`client`");
  }

  @Test
  void aLineThatIsNeitherAMilestoneNorAStepIsRefused() {
    assertThatThrownBy(() -> Timeline.parse(List.of("Started ExitDeskApplication")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Started ExitDeskApplication");
  }
}
