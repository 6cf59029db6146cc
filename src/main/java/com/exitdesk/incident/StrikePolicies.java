package com.exitdesk.incident;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.shared.InvalidInputException;
import java.time.Clock;
import java.time.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strike policy in force: the one a criteria review last set, or the settings {@code
 * exitdesk.strikes.*} until a review changes it. It is read when an incident is logged, so a change
 * applies to the incidents logged from then on: an incident already logged is never judged again,
 * and a lower threshold does not open cases by itself.
 */
@Service
public class StrikePolicies {

  public static final int MAX_THRESHOLD = 10;
  public static final int MAX_WINDOW_MONTHS = 60;

  private final StrikePolicyChangeRepository changes;
  private final StrikePolicyProperties configured;
  private final AuditTrail audit;
  private final Clock clock;

  StrikePolicies(
      StrikePolicyChangeRepository changes,
      StrikePolicyProperties configured,
      AuditTrail audit,
      Clock clock) {
    this.changes = changes;
    this.configured = configured;
    this.audit = audit;
    this.clock = clock;
  }

  /** The policy for an incident logged now. */
  @Transactional(readOnly = true)
  public StrikePolicyProperties current() {
    return changes
        .findFirstByOrderByChangedAtDescIdDesc()
        .map(
            c -> new StrikePolicyProperties(c.getThreshold(), Period.ofMonths(c.getWindowMonths())))
        .orElse(configured);
  }

  /** The window in whole months, as a review shows and sets it. */
  public static int windowMonths(StrikePolicyProperties policy) {
    Period window = policy.window().normalized();
    long months = window.toTotalMonths() + Math.round(window.getDays() / 30.0);
    return (int) Math.max(1, months);
  }

  /**
   * Puts a new policy in force from now on, on the audit trail.
   *
   * @throws InvalidInputException when the values are out of range or the reason is missing
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public StrikePolicyChange change(
      int threshold, int windowMonths, String reason, String changedBy, Long reviewId) {
    if (threshold < 1 || threshold > MAX_THRESHOLD) {
      throw new InvalidInputException("strikeThreshold", "must be between 1 and " + MAX_THRESHOLD);
    }
    if (windowMonths < 1 || windowMonths > MAX_WINDOW_MONTHS) {
      throw new InvalidInputException(
          "strikeWindowMonths", "must be between 1 and " + MAX_WINDOW_MONTHS);
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("changeReason", "is required");
    }
    StrikePolicyProperties before = current();
    StrikePolicyChange change =
        changes.save(
            new StrikePolicyChange(
                threshold, windowMonths, reviewId, reason.strip(), changedBy, clock.instant()));
    audit.record(
        null,
        null,
        changedBy,
        AuditType.STRIKE_POLICY_CHANGED,
        "Strike policy changed from "
            + before.threshold()
            + " strikes in "
            + windowMonths(before)
            + " months to "
            + threshold
            + " strikes in "
            + windowMonths
            + " months: "
            + reason.strip(),
        AuditTrail.details(
            "fromThreshold",
            before.threshold(),
            "fromWindowMonths",
            windowMonths(before),
            "threshold",
            threshold,
            "windowMonths",
            windowMonths,
            "reason",
            reason.strip(),
            "review",
            reviewId));
    return change;
  }
}
