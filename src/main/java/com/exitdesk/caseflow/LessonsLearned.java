package com.exitdesk.caseflow;

import com.exitdesk.incident.WarningSign;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the team learned from an exit, as written in the retrospective ({@code
 * task_lessons_learned}).
 *
 * @param missedSignNames the {@link WarningSign} names, comma-separated, of the signs that were
 *     there but never logged; null when there were none
 * @param writtenAt null until the retrospective is written
 */
@Embeddable
public record LessonsLearned(
    @Column(name = "what_happened") String whatHappened,
    @Column(name = "our_share") String ourShare,
    @Column(name = "warning_signs_missed") String warningSignsMissed,
    @Column(name = "criteria_change") String criteriaChange,
    @Column(name = "missed_signs") String missedSignNames,
    @Column(name = "retrospective_by") String writtenBy,
    @Column(name = "retrospective_at") Instant writtenAt) {

  /** No retrospective written. */
  static final LessonsLearned NONE = new LessonsLearned(null, null, null, null, null, null, null);

  static LessonsLearned of(ClosingSteps.Retrospective retrospective, Instant at) {
    return new LessonsLearned(
        retrospective.whatHappened(),
        retrospective.ourShare(),
        retrospective.warningSignsMissed(),
        retrospective.criteriaChange(),
        retrospective.missedSigns().isEmpty()
            ? null
            : String.join(",", retrospective.missedSigns().stream().map(Enum::name).toList()),
        retrospective.writtenBy(),
        at);
  }

  /** The warning signs that were there but never logged. */
  public List<WarningSign> missedSigns() {
    return missedSignNames == null
        ? List.of()
        : Arrays.stream(missedSignNames.split(",")).map(WarningSign::valueOf).toList();
  }
}
