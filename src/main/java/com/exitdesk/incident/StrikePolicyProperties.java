package com.exitdesk.incident;

import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The benefit of the doubt: up to {@code threshold - 1} strikes are tolerated; the strike that
 * reaches the threshold within the window opens a review.
 *
 * @param threshold strikes that open a case (the source rules say three)
 * @param window how far back a strike still counts
 */
@Validated
@ConfigurationProperties("exitdesk.strikes")
public record StrikePolicyProperties(
    @DefaultValue("3") @Min(1) int threshold, @DefaultValue("P12M") Period window) {

  /** Abuse opens a review at once; any other sign once the strikes reach the threshold. */
  public boolean opensReview(WarningSign sign, int strikesInWindow) {
    return sign.isAbuse() || strikesInWindow >= threshold;
  }

  /** The first day whose incidents still count as strikes. */
  public LocalDate windowStart(LocalDate today) {
    return today.minus(window);
  }
}
