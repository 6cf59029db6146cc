package com.exitdesk.writing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads LanguageTool's dictionaries once the app is ready, on a thread of its own: start-up does
 * not wait for it, and neither does the first person who types. Tests switch it off ({@code
 * exitdesk.writing.warm-up: false}) and pay the load only where they check writing.
 */
@Component
@ConditionalOnProperty(
    name = "exitdesk.writing.warm-up",
    havingValue = "true",
    matchIfMissing = true)
class WritingWarmUp {

  private static final Logger log = LoggerFactory.getLogger(WritingWarmUp.class);

  private final WritingCheck check;

  WritingWarmUp(WritingCheck check) {
    this.check = check;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                check.warmUp();
                log.info("Writing check ready in {} ms", (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                log.warn("Writing check warm-up failed; it loads on first use instead", e);
              }
            },
            // The benchmarks wait for the thread of this name to end before their clocks start.
            "writing-check-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }
}
