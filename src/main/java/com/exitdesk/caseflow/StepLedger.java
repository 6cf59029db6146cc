package com.exitdesk.caseflow;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The steps whose side effects were applied, one entry per element instance. The engine delivers a
 * job again when its completion was lost (a timeout, a restart); the step then finds its entry and
 * does not count, log or record twice. The entries are also what {@link CaseProgress} shows as
 * done. Called inside the step's transaction, so an entry and its side effects commit together.
 */
@Component
class StepLedger {

  private final ProcessStepRepository steps;
  private final Clock clock;

  StepLedger(ProcessStepRepository steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  /**
   * Applies the step's side effects the first time it runs and not when its job is redelivered;
   * either way the step is on the ledger afterwards.
   */
  void once(Step step, RelationshipCase c, Runnable sideEffects) {
    if (enter(step, c)) {
      sideEffects.run();
    }
  }

  /**
   * As {@link #once(Step, RelationshipCase, Runnable)}, for side effects with a result.
   *
   * @return the result, empty when a redelivered job finds the step done
   */
  <T> Optional<T> onceReturning(Step step, RelationshipCase c, Supplier<T> sideEffects) {
    return enter(step, c) ? Optional.ofNullable(sideEffects.get()) : Optional.empty();
  }

  /**
   * Puts the step on the ledger, for steps whose side effects are idempotent by themselves (a
   * message queued under the element instance, a proposal found by it) and are done all the same.
   */
  void record(Step step, RelationshipCase c) {
    enter(step, c);
  }

  /** Records the step as done; false when a redelivered job already did it. */
  private boolean enter(Step step, RelationshipCase c) {
    if (steps.existsById(step.elementInstanceKey())) {
      return false;
    }
    steps.save(
        new ProcessStep(
            step.elementInstanceKey(),
            c.getId(),
            step.jobType(),
            step.elementId(),
            clock.instant()));
    return true;
  }
}
