package com.exitdesk.operations;

import com.exitdesk.shared.EngineUnavailableException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts each kind of stuck work for /actuator/health ({@code stuckWork}) and Prometheus ({@code
 * exitdesk_stuck_work{kind=...}}), and checks open cases against the engine on a schedule. Stuck
 * work does not make the app unhealthy (it serves requests fine); the counts say what waits.
 */
@Component("stuckWorkHealthIndicator")
class StuckWorkMonitor implements HealthIndicator, MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(StuckWorkMonitor.class);

  /** One count serves a scrape's five gauges and the health check for a few seconds. */
  private static final Duration COUNTS_KEPT = Duration.ofSeconds(10);

  private final StuckWork stuck;
  private final Clock clock;
  private volatile StuckWork.Counts counts;
  private volatile Instant countedAt = Instant.EPOCH;

  StuckWorkMonitor(StuckWork stuck, Clock clock) {
    this.stuck = stuck;
    this.clock = clock;
  }

  private StuckWork.Counts counts() {
    Instant now = clock.instant();
    if (counts == null || now.isAfter(countedAt.plus(COUNTS_KEPT))) {
      counts = stuck.counts();
      countedAt = now;
    }
    return counts;
  }

  @Override
  public Health health() {
    StuckWork.Counts counts = counts();
    return Health.up()
        .withDetail("jobsOutOfRetries", counts.jobsOutOfRetries())
        .withDetail("messagesNotSent", counts.messagesNotSent())
        .withDetail("tasksNotConfirmed", counts.tasksNotConfirmed())
        .withDetail("casesGoneFromEngine", counts.casesGoneFromEngine())
        .withDetail("idempotencyKeysInProgress", counts.idempotencyKeysInProgress())
        .build();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "jobs_out_of_retries", StuckWork.Counts::jobsOutOfRetries);
    gauge(registry, "messages_not_sent", StuckWork.Counts::messagesNotSent);
    gauge(registry, "tasks_not_confirmed", StuckWork.Counts::tasksNotConfirmed);
    gauge(registry, "cases_gone_from_engine", StuckWork.Counts::casesGoneFromEngine);
    gauge(registry, "idempotency_keys_in_progress", StuckWork.Counts::idempotencyKeysInProgress);
  }

  private void gauge(MeterRegistry registry, String kind, ToLongFunction<StuckWork.Counts> count) {
    Gauge.builder("exitdesk.stuck.work", () -> count.applyAsLong(counts()))
        .tag("kind", kind)
        .description("Work waiting for an operator on the operations page, by kind")
        .register(registry);
  }

  @Scheduled(
      fixedDelayString = "${exitdesk.operations.engine-check-interval:PT5M}",
      initialDelayString = "${exitdesk.operations.engine-check-interval:PT5M}")
  void checkCasesAgainstEngine() {
    try {
      int gone = stuck.checkCasesAgainstEngine();
      if (gone > 0) {
        log.warn("{} open case(s) have no process in the engine: see the operations page", gone);
      }
    } catch (EngineUnavailableException e) {
      log.warn("Engine unreachable while checking cases; will try again: {}", e.getMessage());
    }
  }
}
