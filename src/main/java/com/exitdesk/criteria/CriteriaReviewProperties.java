package com.exitdesk.criteria;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the criteria are reviewed without anyone asking.
 *
 * @param every the period between reviews started by the timer (ISO-8601, e.g. P3M)
 */
@ConfigurationProperties("exitdesk.criteria-review")
public record CriteriaReviewProperties(@DefaultValue("P3M") Period every) {

  public CriteriaReviewProperties {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("exitdesk.criteria-review.every must be positive");
    }
  }

  /** The timer start event's cycle: repeat for ever, every period. */
  String cycle() {
    return "R/" + every;
  }
}
