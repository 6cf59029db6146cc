package com.exitdesk.caseflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every waiting period of the process, handed to each new case as ISO-8601 durations so the model
 * stays free of numbers and a running case keeps the periods it started with.
 *
 * @param proposalAnswerPeriod how long the client has to answer new terms
 * @param proposalReminderBeforeDeadline when, before that deadline, the client is reminded
 * @param approvalReminderAfter how long a termination may wait for a manager before reminders
 * @param coolingOff the pause between the decision and the notice: never send in anger
 * @param probation how long renegotiated terms must hold before the case counts as repaired
 * @param checkInDueAfter how long a probation check-in may wait once it falls due before it is
 *     overdue and the team is reminded
 */
@ConfigurationProperties("exitdesk.timing")
public record ProcessTimings(
    @DefaultValue("P7D") Duration proposalAnswerPeriod,
    @DefaultValue("P2D") Duration proposalReminderBeforeDeadline,
    @DefaultValue("P2D") Duration approvalReminderAfter,
    @DefaultValue("PT24H") Duration coolingOff,
    @DefaultValue("P90D") Duration probation,
    @DefaultValue("P1D") Duration checkInDueAfter) {

  public ProcessTimings {
    requireNotNegative("proposal-answer-period", proposalAnswerPeriod);
    requireNotNegative("proposal-reminder-before-deadline", proposalReminderBeforeDeadline);
    requireNotNegative("approval-reminder-after", approvalReminderAfter);
    requireNotNegative("cooling-off", coolingOff);
    requireNotNegative("probation", probation);
    requireNotNegative("check-in-due-after", checkInDueAfter);
    if (proposalReminderBeforeDeadline.compareTo(proposalAnswerPeriod) > 0) {
      throw new IllegalArgumentException(
          "exitdesk.timing.proposal-reminder-before-deadline must lie within the answer period");
    }
  }

  /** The periods a new process instance starts with. */
  Periods periods() {
    return new Periods(
        proposalAnswerPeriod.toString(),
        proposalAnswerPeriod.minus(proposalReminderBeforeDeadline).toString(),
        approvalReminderAfter.toString(),
        coolingOff.toString(),
        probation.toString(),
        checkInDueAfter.toString());
  }

  /**
   * The periods as the process's variables: ISO-8601 durations, as the model's timers read them.
   *
   * @param proposalReminderAfter how long after the proposal the client is reminded
   */
  record Periods(
      String proposalAnswerPeriod,
      String proposalReminderAfter,
      String approvalReminderAfter,
      String coolingOffPeriod,
      String probationPeriod,
      String checkInDueAfter) {}

  private static void requireNotNegative(String name, Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException("exitdesk.timing." + name + " must not be negative");
    }
  }
}
