package com.exitdesk.caseflow;

import java.time.Duration;

/**
 * The check-ins of one probation, from the cadence the new terms agreed: one every 7, 14 or 28
 * days, as many as fit in the probation. The model runs them as a timer cycle ({@code R6/P14D}).
 *
 * @param cadence the new terms' cadence: {@code WEEKLY}, {@code BIWEEKLY} or {@code MONTHLY}
 * @param planned how many check-ins the probation holds
 * @param cycle the ISO-8601 repeating interval of the check-in timer
 * @param probationEndsAfter how long the probation's own timer waits
 */
public record CheckInPlan(String cadence, int planned, String cycle, Duration probationEndsAfter) {

  /**
   * When the last check-in falls on the probation's last day, the probation's end waits this much
   * longer. Timers due at the same moment fire in no fixed order, and a cycle is rescheduled from
   * the moment it fired, so without it the end could come first and the last check-in never open.
   */
  static final Duration LAST_CHECK_IN_FIRST = Duration.ofHours(1);

  static final Duration WEEKLY = Duration.ofDays(7);
  static final Duration BIWEEKLY = Duration.ofDays(14);
  static final Duration MONTHLY = Duration.ofDays(28);

  /**
   * @throws IllegalArgumentException for a cadence the new terms' form does not offer
   */
  public static CheckInPlan of(String cadence, Duration probation) {
    Duration every = interval(cadence);
    if (probation.isZero()) {
      // No probation, no check-in: the one repetition lies beyond the end, which cancels it.
      return new CheckInPlan(cadence, 0, "R1/" + iso(Duration.ofDays(1)), probation);
    }
    long count = probation.toSeconds() / every.toSeconds();
    Duration step = every;
    if (count == 0) {
      // A probation shorter than the cadence still has its one check-in, on its last day.
      count = 1;
      step = probation;
    }
    Duration last = step.multipliedBy(count);
    return new CheckInPlan(
        cadence,
        (int) count,
        "R" + count + "/" + iso(step),
        last.equals(probation) ? probation.plus(LAST_CHECK_IN_FIRST) : probation);
  }

  static Duration interval(String cadence) {
    if (cadence == null) {
      throw new IllegalArgumentException("The new terms name no check-in cadence");
    }
    return switch (cadence) {
      case "WEEKLY" -> WEEKLY;
      case "BIWEEKLY" -> BIWEEKLY;
      case "MONTHLY" -> MONTHLY;
      default -> throw new IllegalArgumentException("Unknown check-in cadence " + cadence);
    };
  }

  /** P7D rather than PT168H: whole days read as days in the model's variables. */
  private static String iso(Duration duration) {
    return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
  }
}
