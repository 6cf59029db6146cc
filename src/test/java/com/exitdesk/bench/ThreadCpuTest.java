package com.exitdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

  @Test
  void readsTheUserAndSystemTicksAfterANameWithSpacesAndParentheses() {
    String stat =
        "4242 (C2 Compiler (x)) S 1 2 3 0 -1 4194368 10 0 0 0 1234 56 0 0 20 0 40 0 100 0 0";

    assertThat(ThreadCpu.ticksOf(stat)).isEqualTo(1234 + 56);
  }

  @Test
  void namesEachThreadByWhatItIs() {
    assertThat(ThreadCpu.kindOf("zb-actors-0")).isEqualTo("the engine");
    assertThat(ThreadCpu.kindOf("pool-61-thread-")).startsWith("job workers");
    assertThat(ThreadCpu.kindOf("C2 CompilerThre")).isEqualTo("JIT compiler");
    assertThat(ThreadCpu.kindOf("G1 Conc#0")).isEqualTo("garbage collector");
    assertThat(ThreadCpu.kindOf("Notification Th")).isEqualTo(ThreadCpu.OTHER);
    assertThat(ThreadCpu.kindOf(null)).isEqualTo(ThreadCpu.OTHER);
  }

  @Test
  void theWorkOfAThreadThatEndedCounts() throws Exception {
    ThreadCpu cpu = ThreadCpu.start();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Thread busy =
        Thread.ofPlatform()
            .name("pool-99-thread-1")
            .start(
                () -> {
                  long spin = 0;
                  while (threads.getCurrentThreadCpuTime() < 500_000_000L) spin++;
                  // Ends once a sample has seen all of that work, as a worker thread that ends
                  // between two samples would not have it all counted.
                  long seen = cpu.samples();
                  await().until(() -> cpu.samples() > seen + 1);
                  assertThat(spin).isPositive();
                });
    busy.join();

    assertThat(cpu.stop().get("job workers (the client's thread pool)"))
        .as("ms of CPU of the thread that ended")
        .isGreaterThan(400);
  }
}
