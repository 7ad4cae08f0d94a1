package io.tributary.smartmodule;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One SmartModule in a chain: the {@code .wasm} file, its kind and its {@code init} parameters.
 *
 * <p>A {@code null} kind means "detect it from the module's exports" (what {@code --transform
 * '{"uses":..,"with":..}'} needs). An explicit kind (what {@code --filter}, {@code --map}, {@code
 * --arraymap} and {@code --filter-map} give) must be exported by the module, or loading fails.
 *
 * @param wasm path of the {@code .wasm} file
 * @param kindOrNull the expected kind, or {@code null} to detect it
 * @param params parameters passed once to the module's {@code init} export (sorted by key)
 * @param lookbackOrNull the records to give the module's {@code look_back} export before the first
 *     new record ({@link SmartModuleChain#lookBack}), or {@code null}
 */
public record TransformStep(
    Path wasm, SmartModuleKind kindOrNull, Map<String, String> params, Lookback lookbackOrNull) {

  /** Checks the arguments and copies the parameters into a sorted, unmodifiable map. */
  public TransformStep {
    Objects.requireNonNull(wasm, "wasm");
    params =
        params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
  }

  /** A step without lookback. */
  public TransformStep(Path wasm, SmartModuleKind kindOrNull, Map<String, String> params) {
    this(wasm, kindOrNull, params, null);
  }

  /** A step whose kind is detected from the module's exports. */
  public static TransformStep detect(Path wasm, Map<String, String> params) {
    return new TransformStep(wasm, null, params);
  }

  /** A step that must export {@code kind}; no parameters. */
  public static TransformStep of(Path wasm, SmartModuleKind kind) {
    return new TransformStep(wasm, Objects.requireNonNull(kind, "kind"), Map.of());
  }
}
