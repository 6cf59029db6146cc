package com.exitdesk.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How the client is handed over at the exit, as planned in {@code task_plan_transition}.
 *
 * @param alternatives who else could serve the client
 * @param contact who the client asks about the transition
 */
@Embeddable
public record TransitionPlan(
    @Column(name = "handover_plan") String handoverPlan,
    @Column(name = "data_return") String dataReturn,
    String alternatives,
    @Column(name = "transition_contact") String contact) {

  /** Not planned yet. */
  static final TransitionPlan NONE = new TransitionPlan(null, null, null, null);
}
