package com.exitdesk.operations;

import com.exitdesk.caseflow.CaseService;
import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.inbox.InboxService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What operations watch: cases by status and the inbox's open and overdue tasks, read when scraped.
 * Messages and worker durations are counted where they happen.
 */
@Component
class OperationsMetrics implements MeterBinder {

  private final CaseService cases;
  private final InboxService inbox;
  private final Clock clock;

  OperationsMetrics(CaseService cases, InboxService inbox, Clock clock) {
    this.cases = cases;
    this.inbox = inbox;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (CaseStatus status : CaseStatus.values()) {
      Gauge.builder("exitdesk.cases", () -> cases.countByStatus(status))
          .tag("status", status.name())
          .description("Cases by status")
          .register(registry);
    }
    Gauge.builder("exitdesk.tasks.open", () -> inbox.countOpen(null))
        .description("Open tasks in the inbox")
        .register(registry);
    Gauge.builder("exitdesk.tasks.overdue", () -> inbox.countOpen(clock.instant()))
        .description("Open tasks past their due time")
        .register(registry);
  }
}
