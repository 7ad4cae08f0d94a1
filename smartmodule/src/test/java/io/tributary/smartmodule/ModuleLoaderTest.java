package io.tributary.smartmodule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a module can fail to load gives a message naming the file and the problem. */
class ModuleLoaderTest {
  @TempDir Path tmp;

  private static void assertLoadFails(TransformStep step, String... expected) {
    assertThatThrownBy(() -> SmartModuleChain.load(List.of(step), EngineOptions.defaults()))
        .isInstanceOf(SmartModuleLoadException.class)
        .hasMessageStartingWith("SmartModule " + step.wasm() + ": ")
        .hasMessageContainingAll(expected);
  }

  private static TransformStep wat(String name, SmartModuleKind kind) {
    return new TransformStep(WatAssembler.wasm(name), kind, Map.of());
  }

  @Test
  void missingFile() {
    assertLoadFails(TransformStep.detect(tmp.resolve("nope.wasm"), Map.of()), "file not found");
  }

  @Test
  void directory() {
    assertLoadFails(TransformStep.detect(tmp, Map.of()), "is a directory");
  }

  @Test
  void textFileIsNotWasm() throws IOException {
    Path file = Files.writeString(tmp.resolve("filter.wat"), "(module)");
    assertLoadFails(TransformStep.detect(file, Map.of()), "not a WebAssembly module");
  }

  @Test
  void componentIsRejected() throws IOException {
    Path file = Files.write(tmp.resolve("c.wasm"), new byte[] {0, 'a', 's', 'm', 13, 0, 1, 0});
    assertLoadFails(TransformStep.detect(file, Map.of()), "component");
  }

  @Test
  void truncatedModuleIsInvalid() throws IOException {
    byte[] good = Files.readAllBytes(WatAssembler.wasm("map_upper"));
    Path file = Files.write(tmp.resolve("cut.wasm"), Arrays.copyOf(good, good.length / 2));
    assertLoadFails(TransformStep.detect(file, Map.of()), "invalid WebAssembly");
  }

  @Test
  void memoryMustBeExported() {
    assertLoadFails(wat("no_memory_export", null), "does not export its memory as `memory`");
  }

  @Test
  void allocMustBeExported() {
    assertLoadFails(wat("no_alloc", null), "does not export `alloc`", "exports: memory, filter");
  }

  @Test
  void aTransformMustBeExported() {
    assertLoadFails(
        wat("no_transform", null),
        "exports no SmartModule transform",
        "filter, map, filter_map, array_map, aggregate",
        "exports: memory, alloc, dealloc");
  }

  @Test
  void explicitKindMustBeExported() {
    assertLoadFails(
        wat("map_upper", SmartModuleKind.FILTER),
        "does not export `filter`, so it"
            + " cannot run as a filter SmartModule (it is a map SmartModule; exports: memory, alloc,"
            + " dealloc, map)");
  }

  @Test
  void copyRecordsMustBeImported() {
    assertLoadFails(wat("no_copy_records", null), "does not import `copy_records`");
  }

  @Test
  void unknownImportsAreNamed() {
    assertLoadFails(
        wat("unknown_import", null),
        "imports env.now_millis",
        "provides env.copy_records and WASI preview 1");
  }

  @Test
  void trapWhileStartingIsALoadError() {
    assertLoadFails(wat("start_traps", null), "could not be started (instantiation or init)");
  }

  @Test
  void initThatNeverReturnsHitsTheTimeLimit() {
    TransformStep step =
        TransformStep.detect(WatAssembler.wasm("loop_forever"), Map.of("spin", "yes"));
    EngineOptions options = EngineOptions.defaults().withCallTimeLimit(Duration.ofMillis(200));
    assertThatThrownBy(() -> SmartModuleChain.load(List.of(step), options))
        .isInstanceOf(SmartModuleLoadException.class)
        .hasMessageContaining(
            "loop_forever.wasm: exceeded the time limit of 200 ms while" + " starting");
  }

  @Test
  void initRejectingParametersGivesTheModulesHint() {
    assertLoadFails(
        TransformStep.detect(WatAssembler.wasm("filter_contains"), Map.of("other", "x")),
        "init rejected the parameters [other] (status -2)",
        "Missing param key");
  }
}
