package io.tributary.smartmodule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drives the test filter at the byte level with the reference vectors: the guest must accept the
 * exact v22 input the Fluvio fixture accepted and answer with the exact output it gave.
 */
class GuestAbiTest {

  private static ModuleInstance filterWithKey(String key) {
    TransformStep step =
        TransformStep.detect(
            WatAssembler.wasm("filter_contains"), key == null ? Map.of() : Map.of("key", key));
    ModuleDefinition def = ModuleLoader.load(step, EngineOptions.defaults());
    return new ModuleInstance(def, EngineOptions.defaults());
  }

  @Test
  void initWithoutKeyReturnsInitErrorWithTheFixturesBytes() {
    try (ModuleInstance m = filterWithKey(null)) {
      byte[] input = AbiCodecTest.hex("0000 00");
      assertThat(m.callInit(input, input.length)).isEqualTo(-2);
      assertThat(HexFormat.of().formatHex(m.takeOutput()))
          .isEqualTo("00114d697373696e6720706172616d206b6579");
    }
  }

  @Test
  void filterAnswersTheFixtureInputWithTheFixtureOutput() {
    try (ModuleInstance m = filterWithKey("a")) {
      byte[] init = AbiCodecTest.hex("0001 0003 6b6579 0001 61 00");
      assertThat(m.callInit(init, init.length)).isZero();
      byte[] input = AbiCodecTest.hex(AbiCodecTest.FIXTURE_FILTER_INPUT);
      assertThat(m.callTransform(input, input.length)).isEqualTo(2);
      assertThat(HexFormat.of().formatHex(m.takeOutput()))
          .isEqualTo(AbiCodecTest.FIXTURE_FILTER_OUTPUT.replace(" ", ""));
    }
  }
}
