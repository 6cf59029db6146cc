package com.exitdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 50 ms while a benchmark runs and keeps the highest value. */
final class PeakHeap {

  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  private PeakHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                      Thread.sleep(50);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  static PeakHeap start() {
    return new PeakHeap();
  }

  void stop() throws InterruptedException {
    running = false;
    sampler.join();
  }

  long peakBytes() {
    return peak.get();
  }
}
