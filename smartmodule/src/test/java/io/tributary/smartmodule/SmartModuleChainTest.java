package io.tributary.smartmodule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Behaviour of a loaded chain, in both execution modes. */
class SmartModuleChainTest {
  static final long T = 1700000000000L;

  static SmartRecord rec(long offset, String value) {
    return SmartRecord.of(offset, value.getBytes(UTF_8), T + offset);
  }

  static List<String> values(List<SmartRecord> records) {
    return records.stream().map(r -> new String(r.value(), UTF_8)).toList();
  }

  static TransformStep step(String module, SmartModuleKind kind, Map<String, String> params) {
    return new TransformStep(WatAssembler.wasm(module), kind, params);
  }

  static SmartModuleChain load(ExecutionMode mode, TransformStep... steps) {
    return SmartModuleChain.load(List.of(steps), EngineOptions.defaults().withMode(mode));
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void filterKeepsValuesContainingTheInitParameter(ExecutionMode mode) {
    try (var chain = load(mode, step("filter_contains", null, Map.of("key", "an")))) {
      assertThat(chain.kinds()).containsExactly(SmartModuleKind.FILTER);
      assertThat(chain.compiled()).containsExactly(mode == ExecutionMode.COMPILER);
      assertThat(chain.apply(rec(7, "banana"))).containsExactly(rec(7, "banana"));
      assertThat(chain.apply(rec(8, "apple"))).isEmpty();
      assertThat(values(chain.applyAll(List.of(rec(1, "mango"), rec(2, "kiwi"), rec(3, "an")))))
          .containsExactly("mango", "an");
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void mapKeepsKeyOffsetAndTimestamp(ExecutionMode mode) {
    try (var chain = load(mode, step("map_upper", SmartModuleKind.MAP, Map.of()))) {
      SmartRecord in = new SmartRecord(42, "k1".getBytes(UTF_8), "hello, World".getBytes(UTF_8), T);
      assertThat(chain.apply(in))
          .containsExactly(
              new SmartRecord(42, "k1".getBytes(UTF_8), "HELLO, WORLD".getBytes(UTF_8), T));
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void arrayMapSplitsIntoNewRecordsAtTheInputOffset(ExecutionMode mode) {
    try (var chain = load(mode, step("array_map_split", SmartModuleKind.ARRAY_MAP, Map.of()))) {
      List<SmartRecord> out = chain.apply(rec(9, "a,bb,,ccc"));
      assertThat(values(out)).containsExactly("a", "bb", "ccc");
      assertThat(out)
          .allSatisfy(
              r -> {
                assertThat(r.offset()).isEqualTo(9);
                assertThat(r.timestampMillis()).isEqualTo(T + 9);
                assertThat(r.keyOrNull()).isNull();
              });
      assertThat(chain.apply(rec(10, ",,"))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void filterMapDropsAndMaps(ExecutionMode mode) {
    try (var chain = load(mode, step("filter_map_plus", null, Map.of()))) {
      assertThat(chain.kinds()).containsExactly(SmartModuleKind.FILTER_MAP);
      assertThat(values(chain.applyAll(List.of(rec(0, "+one"), rec(1, "two"), rec(2, "+")))))
          .containsExactly("one", "");
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void aggregateKeepsItsAccumulatorAcrossCalls(ExecutionMode mode) {
    try (var chain = load(mode, step("aggregate_concat", null, Map.of()))) {
      assertThat(chain.kinds()).containsExactly(SmartModuleKind.AGGREGATE);
      assertThat(values(chain.applyAll(List.of(rec(0, "a"), rec(1, "b")))))
          .containsExactly("a", "ab");
      assertThat(chain.apply(rec(2, "c"))).containsExactly(rec(2, "abc"));
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void aFailingCallLeavesTheAccumulatorAsItWasSoRecordsRunAgainFoldOnce(ExecutionMode mode) {
    try (var chain =
        load(
            mode, step("aggregate_concat", null, Map.of()), step("error_output", null, Map.of()))) {
      assertThat(values(chain.applyAll(List.of(rec(0, "a"))))).containsExactly("a");
      // "bad" fails in the second module after the aggregate folded "b" and "bad" in.
      assertThatThrownBy(() -> chain.applyAll(List.of(rec(1, "b"), rec(2, "bad"))))
          .isInstanceOf(SmartModuleRuntimeException.class);
      // As the runtime does after a failed batch: the records again, one by one.
      assertThat(values(chain.apply(rec(1, "b")))).containsExactly("ab");
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void chainFeedsEachModuleTheOutputOfThePreviousOne(ExecutionMode mode) {
    try (var chain =
        load(
            mode,
            step("filter_contains", SmartModuleKind.FILTER, Map.of("key", ",")),
            step("array_map_split", null, Map.of()),
            step("map_upper", null, Map.of()))) {
      assertThat(values(chain.applyAll(List.of(rec(0, "x,y"), rec(1, "nocomma"), rec(2, "z,")))))
          .containsExactly("X", "Y", "Z");
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void emptyChainPassesRecordsThrough(ExecutionMode mode) {
    try (var chain = SmartModuleChain.load(List.of(), EngineOptions.defaults().withMode(mode))) {
      assertThat(chain.apply(rec(3, "same"))).containsExactly(rec(3, "same"));
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void errorOutputThrowsWithOffsetHintAndPartialOutput(ExecutionMode mode) {
    try (var chain = load(mode, step("error_output", null, Map.of()))) {
      assertThatThrownBy(
              () -> chain.applyAll(List.of(rec(20, "ok"), rec(21, "a bad one"), rec(22, "never"))))
          .isInstanceOfSatisfying(
              SmartModuleRuntimeException.class,
              e -> {
                assertThat(e.offset()).isEqualTo(21);
                assertThat(e.hint()).isEqualTo("value contains bad");
                assertThat(e.module()).isEqualTo(WatAssembler.wasm("error_output"));
                assertThat(e.getMessage())
                    .contains("error_output.wasm", "offset 21", "value contains bad");
                assertThat(values(e.partialOutput())).containsExactly("ok");
              });
      assertThat(values(chain.apply(rec(23, "fine")))).containsExactly("fine");
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void trapIsReportedAndTheModuleIsRestarted(ExecutionMode mode) {
    try (var chain = load(mode, step("trap", null, Map.of()))) {
      assertThatThrownBy(() -> chain.apply(rec(5, "boom")))
          .isInstanceOfSatisfying(
              SmartModuleRuntimeException.class,
              e -> {
                assertThat(e.offset()).isEqualTo(5);
                assertThat(e.getMessage()).contains("trap.wasm", "trapped");
              });
      assertThat(values(chain.apply(rec(6, "fine")))).containsExactly("fine");
      assertThat(chain.instantiations(0)).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void negativeStatusIsReportedWithItsName(ExecutionMode mode) {
    try (var chain = load(mode, step("negative_status", null, Map.of()))) {
      assertThatThrownBy(() -> chain.apply(rec(11, "x")))
          .isInstanceOfSatisfying(
              SmartModuleRuntimeException.class,
              e -> {
                assertThat(e.offset()).isEqualTo(11);
                assertThat(e.getMessage()).contains("status -22", "DecodingRecords");
              });
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void endlessLoopHitsTheTimeLimitAndTheChainRecovers(ExecutionMode mode) {
    EngineOptions options =
        EngineOptions.defaults().withMode(mode).withCallTimeLimit(Duration.ofMillis(300));
    try (var chain =
        SmartModuleChain.load(List.of(step("loop_forever", null, Map.of())), options)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> chain.apply(rec(77, "loop")))
          .isInstanceOfSatisfying(
              SmartModuleRuntimeException.class,
              e -> {
                assertThat(e.offset()).isEqualTo(77);
                assertThat(e.getMessage()).contains("loop_forever.wasm", "time limit of 300 ms");
              });
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
      assertThat(values(chain.apply(rec(78, "fine")))).containsExactly("fine");
      assertThat(chain.instantiations(0)).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void wasiModuleWritesToTheModuleOutputAndMayExit(ExecutionMode mode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EngineOptions options = EngineOptions.defaults().withMode(mode).withModuleOutput(out);
    try (var chain = SmartModuleChain.load(List.of(step("wasi_echo", null, Map.of())), options)) {
      assertThat(values(chain.applyAll(List.of(rec(0, "one"), rec(1, "two")))))
          .containsExactly("one", "two");
      assertThat(out.toString(UTF_8)).isEqualTo("seen: one\nseen: two\n");
      assertThatThrownBy(() -> chain.apply(rec(2, "exit")))
          .isInstanceOf(SmartModuleRuntimeException.class)
          .hasMessageContaining("proc_exit 3");
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void concurrentCallersAreSerialized(ExecutionMode mode) throws Exception {
    try (var chain = load(mode, step("map_upper", null, Map.of()))) {
      List<Thread> threads = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < 4; t++) {
        String prefix = "thread" + t + "-";
        threads.add(
            new Thread(
                () -> {
                  try {
                    for (int i = 0; i < 500; i++) {
                      List<SmartRecord> out = chain.apply(rec(i, prefix + i));
                      assertThat(values(out)).containsExactly((prefix + i).toUpperCase());
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
      assertThat(failures).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void closedChainRejectsCalls(ExecutionMode mode) {
    var chain = load(mode, step("map_upper", null, Map.of()));
    chain.close();
    chain.close();
    assertThatThrownBy(() -> chain.apply(rec(0, "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
