package com.exitdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.exitdesk.caseflow.CaseService;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.engine.ProcessCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine check runs over a list of open cases read before it asks the engine about each: a case
 * that closed meanwhile (its process ended right after) is not a case gone from the engine.
 */
class CasesGoneFromEngineTest {

  private final CaseService cases = mock(CaseService.class);
  private final ProcessCommands commands = mock(ProcessCommands.class);
  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final StuckWork stuck =
      new StuckWork(
          null,
          null,
          commands,
          null,
          null,
          null,
          null,
          cases,
          null,
          null,
          jdbc,
          null,
          Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC),
          Duration.ofMinutes(5));

  @Test
  void aCaseThatClosedWhileTheEngineWasAskedIsNotCounted() {
    RelationshipCase closing = openCase(1L, 101L);
    RelationshipCase gone = openCase(2L, 102L);
    given(cases.list(CaseStatus.OPEN)).willReturn(List.of(closing, gone));
    AtomicBoolean closed = new AtomicBoolean();
    given(commands.processInstanceExists(101L))
        .willAnswer(
            ask -> {
              closed.set(true);
              return false;
            });
    given(commands.processInstanceExists(102L)).willReturn(false);
    given(cases.isOpen(1L)).willAnswer(ask -> !closed.get());
    given(cases.isOpen(2L)).willReturn(true);
    given(jdbc.queryForObject(anyString(), eq(Integer.class), any(Object[].class))).willReturn(0);

    assertThat(stuck.checkCasesAgainstEngine()).isEqualTo(1);

    verify(jdbc).update(anyString(), eq(2L), any(Object.class));
    verify(jdbc, never()).update(anyString(), eq(1L), any(Object.class));
  }

  @Test
  void anOpenCaseWhoseProcessRunsIsNotCounted() {
    RelationshipCase running = openCase(3L, 103L);
    given(cases.list(CaseStatus.OPEN)).willReturn(List.of(running));
    given(commands.processInstanceExists(103L)).willReturn(true);

    assertThat(stuck.checkCasesAgainstEngine()).isZero();

    verify(cases, never()).isOpen(3L);
  }

  private static RelationshipCase openCase(long id, long processInstanceKey) {
    RelationshipCase c = mock(RelationshipCase.class);
    given(c.getId()).willReturn(id);
    given(c.getProcessInstanceKey()).willReturn(processInstanceKey);
    given(c.getStatus()).willReturn(CaseStatus.OPEN);
    return c;
  }
}
