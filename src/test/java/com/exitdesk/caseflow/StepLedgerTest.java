package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A step applies its side effects on its first run only: a redelivered job (same element instance)
 * finds its entry. The ledger here keeps its entries in a list instead of the table.
 */
class StepLedgerTest {

  private static final Step COLLECT = new Step(7, 100, "exitdesk.collect-evidence", "task_collect");

  private final List<ProcessStep> entries = new ArrayList<>();
  private final AtomicInteger applied = new AtomicInteger();
  private StepLedger ledger;
  private RelationshipCase c;

  @BeforeEach
  void ledgerOnAList() {
    ProcessStepRepository repository = mock(ProcessStepRepository.class);
    when(repository.existsById(anyLong()))
        .thenAnswer(
            call ->
                entries.stream()
                    .anyMatch(e -> e.getElementInstanceKey().equals(call.getArgument(0))));
    when(repository.save(any(ProcessStep.class)))
        .thenAnswer(
            call -> {
              entries.add(call.getArgument(0));
              return call.getArgument(0);
            });
    ledger =
        new StepLedger(
            repository, Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
    c = mock(RelationshipCase.class);
    when(c.getId()).thenReturn(7L);
  }

  @Test
  void theFirstRunAppliesTheSideEffectsAndEntersTheStep() {
    ledger.once(COLLECT, c, applied::incrementAndGet);

    assertThat(applied).hasValue(1);
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getElementInstanceKey()).isEqualTo(100L);
              assertThat(e.getJobType()).isEqualTo("exitdesk.collect-evidence");
              assertThat(e.getElementId()).isEqualTo("task_collect");
            });
  }

  @Test
  void aRedeliveredJobDoesNotApplyThemAgain() {
    ledger.once(COLLECT, c, applied::incrementAndGet);
    ledger.once(COLLECT, c, applied::incrementAndGet);

    assertThat(applied).hasValue(1);
    assertThat(entries).hasSize(1);
  }

  @Test
  void anotherElementInstanceOfTheSameTaskIsAStepOfItsOwn() {
    ledger.once(COLLECT, c, applied::incrementAndGet);
    ledger.once(
        new Step(7, 101, COLLECT.jobType(), COLLECT.elementId()), c, applied::incrementAndGet);

    assertThat(applied).hasValue(2);
    assertThat(entries).hasSize(2);
  }

  @Test
  void aResultComesOnlyFromTheFirstRun() {
    assertThat(ledger.onceReturning(COLLECT, c, () -> 42L)).contains(42L);
    assertThat(ledger.onceReturning(COLLECT, c, () -> 43L)).isEmpty();
  }

  @Test
  void aStepWhoseEffectsAreIdempotentIsEnteredOnceAndCountsAsDone() {
    ledger.record(COLLECT, c);
    ledger.record(COLLECT, c);
    ledger.once(COLLECT, c, applied::incrementAndGet);

    assertThat(entries).hasSize(1);
    assertThat(applied).as("entered by record: done").hasValue(0);
  }
}
