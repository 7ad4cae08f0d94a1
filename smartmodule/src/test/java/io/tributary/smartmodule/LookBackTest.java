package io.tributary.smartmodule;

import static io.tributary.smartmodule.SmartModuleChainTest.rec;
import static io.tributary.smartmodule.SmartModuleChainTest.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code look_back}: records replayed into a module before the first new record. */
class LookBackTest {
  private static SmartModuleChain chain(Lookback lookback) {
    return SmartModuleChain.load(
        List.of(new TransformStep(WatAssembler.wasm("filter_look_back"), null, Map.of(), lookback)),
        EngineOptions.defaults());
  }

  @Test
  void theRecordsGivenToLookBackAreTheStateTheFilterStartsFrom() {
    try (SmartModuleChain chain = chain(Lookback.last(2))) {
      assertThat(chain.looksBack()).isTrue();
      List<Lookback> asked = new ArrayList<>();
      chain.lookBack(
          l -> {
            asked.add(l);
            return List.of(List.of(rec(3, "4"), rec(4, "5")), List.of());
          });
      assertThat(asked).containsExactly(Lookback.last(2));
      assertThat(
              values(chain.applyAll(List.of(rec(5, "3"), rec(6, "6"), rec(7, "4"), rec(8, "7")))))
          .containsExactly("6", "7");
    }
  }

  @Test
  void withoutLookBackTheFilterStartsFromNothing() {
    try (SmartModuleChain chain = chain(null)) {
      assertThat(chain.looksBack()).isFalse();
      chain.lookBack(
          l -> {
            throw new AssertionError("no lookback: nothing to read");
          });
      assertThat(values(chain.applyAll(List.of(rec(5, "3"), rec(6, "6"), rec(7, "4")))))
          .containsExactly("3", "6");
    }
  }

  @Test
  void aNewInstanceAfterATrapIsGivenTheLookBackRecordsAgain() {
    try (SmartModuleChain chain = chain(Lookback.last(1))) {
      chain.lookBack(l -> List.of(List.of(rec(0, "5"))));
      assertThatThrownBy(() -> chain.apply(rec(1, "!")))
          .isInstanceOf(SmartModuleRuntimeException.class)
          .hasMessageContaining("trapped");
      assertThat(values(chain.apply(rec(2, "4")))).isEmpty(); // 5 is still the highest seen
      assertThat(values(chain.apply(rec(3, "6")))).containsExactly("6");
      assertThat(chain.instantiations(0)).isEqualTo(2);
    }
  }

  @Test
  void anErrorFromLookBackNamesTheModuleTheRecordAndTheHint() {
    try (SmartModuleChain chain = chain(Lookback.last(5))) {
      assertThatThrownBy(() -> chain.lookBack(l -> List.of(List.of(rec(10, "1"), rec(11, "x")))))
          .isInstanceOf(SmartModuleRuntimeException.class)
          .hasMessageContaining("filter_look_back")
          .hasMessageContaining("look_back returned an error")
          .hasMessageContaining("bad record")
          .satisfies(e -> assertThat(((SmartModuleRuntimeException) e).offset()).isEqualTo(11));
    }
  }

  @Test
  void aLookbackOnAModuleWithoutLookBackIsIgnoredWithAWarning() {
    try (SmartModuleChain chain =
        SmartModuleChain.load(
            List.of(
                new TransformStep(
                    WatAssembler.wasm("map_upper"), null, Map.of(), Lookback.last(3))),
            EngineOptions.defaults())) {
      assertThat(chain.looksBack()).isFalse();
      assertThat(chain.warnings())
          .anySatisfy(
              w ->
                  assertThat(w)
                      .contains("map_upper")
                      .contains("lookback is ignored")
                      .contains("look_back"));
    }
  }

  @Test
  void lookbackChecksItsValues() {
    assertThatThrownBy(() -> Lookback.last(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Lookback.age(java.time.Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
    Lookback hour = Lookback.age(java.time.Duration.ofHours(1), 0);
    assertThat(hour.takes(10_000_000 - 3_600_000, 10_000_000)).isTrue();
    assertThat(hour.takes(10_000_000 - 3_600_001, 10_000_000)).isFalse();
    assertThat(Lookback.last(1).takes(0, 10_000_000)).isTrue();
  }
}
