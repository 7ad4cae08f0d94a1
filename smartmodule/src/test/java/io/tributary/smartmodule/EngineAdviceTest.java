package io.tributary.smartmodule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start-up warnings a chain reports. */
class EngineAdviceTest {

  private static ModuleDefinition module(
      boolean hasInit, Map<String, String> params, boolean compiled, int largestFunction) {
    return new ModuleDefinition(
        Path.of("m.wasm"),
        null,
        SmartModuleKind.FILTER,
        params,
        hasInit,
        true,
        false,
        "env",
        null,
        null,
        compiled,
        largestFunction);
  }

  @Test
  void cleanChainHasNoWarnings() {
    TransformStep step =
        TransformStep.detect(WatAssembler.wasm("filter_contains"), Map.of("key", "a"));
    try (var chain = SmartModuleChain.load(List.of(step), EngineOptions.defaults())) {
      assertThat(chain.warnings()).isEmpty();
    }
  }

  @Test
  void parametersForAModuleWithoutInitAreReportedAsIgnored() {
    TransformStep step = TransformStep.detect(WatAssembler.wasm("map_upper"), Map.of("x", "1"));
    try (var chain = SmartModuleChain.load(List.of(step), EngineOptions.defaults())) {
      assertThat(chain.warnings())
          .singleElement()
          .asString()
          .startsWith("SmartModule " + step.wasm() + ": ")
          .contains("exports no init, so its parameters [x] are ignored");
    }
  }

  @Test
  void interpreterFallbackIsReportedOnlyWhenTheCompilerWasAskedFor() {
    ModuleDefinition interpreted = module(true, Map.of(), false, 10);
    assertThat(EngineAdvice.warnings(List.of(interpreted), ExecutionMode.COMPILER))
        .singleElement()
        .asString()
        .contains("runs in Chicory's interpreter");
    assertThat(EngineAdvice.warnings(List.of(interpreted), ExecutionMode.INTERPRETER)).isEmpty();
  }

  @Test
  void hugeFunctionsGetTheJitFlagAdviceUnderHotSpotDefaults() {
    // surefire's JVM runs with HotSpot's defaults, where huge methods are not JIT-compiled
    assertThat(EngineAdvice.jvmSkipsHugeMethods()).isTrue();
    ModuleDefinition huge = module(true, Map.of(), true, 3917);
    assertThat(EngineAdvice.warnings(List.of(huge), ExecutionMode.COMPILER))
        .singleElement()
        .asString()
        .contains("function of 3917 instructions", "-XX:-DontCompileHugeMethods");
    ModuleDefinition small = module(true, Map.of(), true, 2000);
    assertThat(EngineAdvice.warnings(List.of(small), ExecutionMode.COMPILER)).isEmpty();
  }
}
