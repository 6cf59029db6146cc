package com.exitdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapHistogramTest {

  private static final String HISTOGRAM =
      """
      12345:
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:         10000        4000000  [B (java.base@25.0.3)
         2:          2000        1000000  io.camunda.zeebe.process.test.engine.db.InMemoryDbTransaction
         3:           500         300000  [Lorg.h2.value.Value;
         4:           100          20000  org.h2.mvstore.Page$Leaf
         5:            40           4000  com.exitdesk.caseflow.RelationshipCase
         6:            30           3000  io.camunda.client.impl.CamundaClientImpl
         7:            20           2000  [[Ljava.lang.Object; (java.base@25.0.3)
         8:            10           1000  java.lang.String (java.base@25.0.3)
         9:             5            500  org.apache.catalina.core.StandardContext
      Total         12705        5330500
      """;

  @Test
  void totalsTheLiveBytesByTheOwnersOfTheClasses() {
    HeapHistogram histogram = HeapHistogram.parse(HISTOGRAM);

    assertThat(histogram.totalBytes()).isEqualTo(5_330_500);
    assertThat(histogram.bytesByOwner())
        .containsEntry(HeapHistogram.ARRAYS, 4_002_000L)
        .containsEntry(HeapHistogram.ENGINE, 1_000_000L)
        .containsEntry(HeapHistogram.H2, 320_000L)
        .containsEntry(HeapHistogram.EXIT_DESK, 4_000L)
        .containsEntry(HeapHistogram.CLIENT, 3_000L)
        .containsEntry(HeapHistogram.JDK, 1_000L)
        .containsEntry(HeapHistogram.OTHER, 500L)
        .containsEntry(HeapHistogram.FRAMEWORKS, 0L);
    assertThat(histogram.bytesByOwner().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(histogram.totalBytes());
  }

  @Test
  void refusesOutputThatIsNoHistogram() {
    assertThatThrownBy(() -> HeapHistogram.parse("12345:\nCould not attach to 12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Could not attach");
  }
}
