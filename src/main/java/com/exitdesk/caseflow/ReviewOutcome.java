package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the contract review hands the process: the gateways' decision, the moment the exit date's
 * timer fires, the exit's deliverables, and the end of any earlier repair.
 *
 * @param reviewDecision null when the form offered no choice (a fast exit)
 * @param exitAt the exit date's first instant in UTC, for the model's {@code timeDate}
 * @param repair always {@link RepairOutcome#NONE}: a new review starts a new attempt, so the
 *     approval no longer follows a failed repair
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReviewOutcome(
    ReviewDecision reviewDecision,
    String exitAt,
    List<DeliverableOwed> deliverablesOwed,
    @JsonUnwrapped RepairOutcome repair)
    implements ProcessVariables {

  static ReviewOutcome of(
      ReviewDecision decision, LocalDate exitDate, List<DeliverableOwed> deliverablesOwed) {
    return new ReviewOutcome(
        decision,
        exitDate.atStartOfDay(ZoneOffset.UTC).toInstant().toString(),
        deliverablesOwed,
        RepairOutcome.NONE);
  }

  /**
   * One deliverable the client is still owed: the exit's multi-instance task runs once per item, as
   * {@code deliverable}.
   */
  record DeliverableOwed(long id, String title, String dueDate) {}
}
