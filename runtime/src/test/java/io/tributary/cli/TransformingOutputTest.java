package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.smartmodule.EngineOptions;
import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.TransformStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransformingOutputTest {
  @BeforeAll
  static void assemble() throws Exception {
    SmartModuleCliTest.assemble();
  }

  /** Collects what reaches it. */
  static final class Collect implements RecordOutput {
    final List<String> values = new ArrayList<>();

    @Override
    public synchronized void write(byte[] key, byte[] value, long timestamp) {
      values.add(new String(value, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {}

    synchronized int size() {
      return values.size();
    }
  }

  private static SmartModuleChain chain(String module) throws Exception {
    return SmartModuleChain.load(
        List.of(
            TransformStep.detect(Path.of(SmartModuleCliTest.module(module)), java.util.Map.of())),
        EngineOptions.defaults());
  }

  @Test
  void aLoneRecordIsDeliveredAfterTheLingerWithoutAFlush() throws Exception {
    Collect downstream = new Collect();
    TransformingOutput output =
        new TransformingOutput(
            chain("map_upper"),
            downstream,
            (r, e) -> false,
            new io.tributary.metrics.ConnectorMetrics("t", "0", List.of("map_upper.wasm")));
    try {
      output.write(null, "slow".getBytes(StandardCharsets.UTF_8), 1);
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (downstream.size() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(downstream.values).containsExactly("SLOW");
    } finally {
      output.close();
    }
  }

  @Test
  void aBatchRunAgainRecordByRecordCountsItsRecordsInOnce() throws Exception {
    io.tributary.metrics.ConnectorMetrics metrics =
        new io.tributary.metrics.ConnectorMetrics("t", "0", List.of("trap.wasm"));
    Collect downstream = new Collect();
    TransformingOutput output =
        new TransformingOutput(chain("trap"), downstream, (r, e) -> true, metrics);
    try {
      for (String value : List.of("ok-1", "boom", "ok-2")) {
        output.write(null, value.getBytes(StandardCharsets.UTF_8), 1);
      }
      output.flush();
      assertThat(downstream.values).containsExactly("ok-1", "ok-2");
      assertThat(metrics.smartModuleRecordsIn.get()).isEqualTo(3);
      assertThat(metrics.smartModuleBytesIn.get()).isEqualTo(12);
      assertThat(metrics.smartModuleRecordsOut.get()).isEqualTo(2);
      assertThat(metrics.smartModuleErrors.get()).isEqualTo(1);
    } finally {
      output.close();
    }
  }
}
