package io.tributary.smartmodule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Guest memory must stay bounded over a million records, with or without a {@code dealloc}. */
class MemoryBoundTest {
  private static final int RECORDS = 1_000_000;
  private static final byte[] VALUE =
      ("{\"id\":12345,\"name\":\"tributary\",\"tags\":[\"a\",\"b\"],\"payload\":\""
              + "x".repeat(40)
              + "\"}")
          .getBytes(UTF_8);

  @Test
  void deallocatedOutputsKeepMemoryAtItsStartingSize() {
    TransformStep step =
        TransformStep.detect(WatAssembler.wasm("filter_contains"), Map.of("key", "tributary"));
    try (var chain = SmartModuleChain.load(List.of(step), EngineOptions.defaults())) {
      int startPages = chain.memoryPages(0);
      int maxPages = startPages;
      for (int i = 0; i < RECORDS; i++) {
        List<SmartRecord> out = chain.apply(SmartRecord.of(i, VALUE, i));
        if (out.size() != 1) {
          throw new AssertionError("record " + i + " was dropped");
        }
        maxPages = Math.max(maxPages, chain.memoryPages(0));
      }
      assertThat(maxPages).isEqualTo(startPages);
      assertThat(chain.instantiations(0)).isEqualTo(1);
    }
  }

  @Test
  void withoutDeallocTheInstanceIsRecycledBeforeMemoryPassesTheBound() {
    long recycleAfter = 1 << 20; // 16 pages
    EngineOptions options =
        EngineOptions.defaults().withMemory(EngineOptions.DEFAULT_MAX_MEMORY_BYTES, recycleAfter);
    TransformStep step = TransformStep.detect(WatAssembler.wasm("filter_no_dealloc"), Map.of());
    try (var chain = SmartModuleChain.load(List.of(step), options)) {
      int startPages = chain.memoryPages(0);
      int maxPages = startPages;
      for (int i = 0; i < RECORDS; i++) {
        List<SmartRecord> out = chain.apply(SmartRecord.of(i, VALUE, i));
        if (out.size() != 1 || out.get(0).offset() != i) {
          throw new AssertionError("record " + i + " came out as " + out);
        }
        maxPages = Math.max(maxPages, chain.memoryPages(0));
      }
      // each call leaks ~250 bytes, ~250 MB in all without recycling
      assertThat(maxPages).isLessThanOrEqualTo(startPages + 16 + 1);
      assertThat(chain.instantiations(0)).isGreaterThan(10);
    }
  }
}
