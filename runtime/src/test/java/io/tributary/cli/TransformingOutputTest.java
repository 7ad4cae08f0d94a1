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

  @Test
  void aLoneRecordIsDeliveredAfterTheLingerWithoutAFlush() throws Exception {
    Collect downstream = new Collect();
    SmartModuleChain chain = SmartModuleChain.load(List.of(TransformStep.detect(
        Path.of(SmartModuleCliTest.module("map_upper")), java.util.Map.of())),
        EngineOptions.defaults());
    TransformingOutput output = new TransformingOutput(chain, downstream, (r, e) -> false,
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
}
