package io.tributary.smartmodule;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link SmartModuleChain}.
 *
 * @param callTimeLimit how long one call into a module ({@code init} or a transform) may run before
 *     it is stopped and reported as a {@link SmartModuleRuntimeException}; default 5 s
 * @param mode compiler (default) or interpreter
 * @param maxMemoryBytes hard cap on one module's linear memory; a module that tries to grow past it
 *     traps. Default 1,000,000,000 bytes, like Fluvio's engine
 * @param recycleGrowthBytes when a module's memory has grown by more than this since it was
 *     instantiated, the engine discards the instance and instantiates the module afresh (running
 *     {@code init} again) before the next call. Default 16 MiB
 * @param moduleOutput where the module's WASI stdout and stderr go; default {@link System#err}, so
 *     that module output never mixes with a connector's {@code --dry-run} records on stdout
 */
public record EngineOptions(
    Duration callTimeLimit,
    ExecutionMode mode,
    long maxMemoryBytes,
    long recycleGrowthBytes,
    OutputStream moduleOutput) {

  /** Default per-call time limit. */
  public static final Duration DEFAULT_CALL_TIME_LIMIT = Duration.ofSeconds(5);

  /** Default memory cap of one module (Fluvio's {@code DEFAULT_STORE_MEMORY_LIMIT}). */
  public static final long DEFAULT_MAX_MEMORY_BYTES = 1_000_000_000L;

  /** Default growth after which an instance is recycled. */
  public static final long DEFAULT_RECYCLE_GROWTH_BYTES = 16L << 20;

  /** Checks that every setting is present and positive. */
  public EngineOptions {
    Objects.requireNonNull(callTimeLimit, "callTimeLimit");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(moduleOutput, "moduleOutput");
    if (callTimeLimit.isNegative() || callTimeLimit.isZero()) {
      throw new IllegalArgumentException("callTimeLimit must be positive, got " + callTimeLimit);
    }
    if (maxMemoryBytes < 65536) {
      throw new IllegalArgumentException("maxMemoryBytes must be at least one 64 KiB page");
    }
    if (recycleGrowthBytes < 65536) {
      throw new IllegalArgumentException("recycleGrowthBytes must be at least one 64 KiB page");
    }
  }

  /** The defaults: 5 s per call, compiler, 1 GB memory cap, recycle after 16 MiB growth. */
  public static EngineOptions defaults() {
    return new EngineOptions(
        DEFAULT_CALL_TIME_LIMIT,
        ExecutionMode.COMPILER,
        DEFAULT_MAX_MEMORY_BYTES,
        DEFAULT_RECYCLE_GROWTH_BYTES,
        System.err);
  }

  /** A copy with another per-call time limit. */
  public EngineOptions withCallTimeLimit(Duration limit) {
    return new EngineOptions(limit, mode, maxMemoryBytes, recycleGrowthBytes, moduleOutput);
  }

  /** A copy with another execution mode. */
  public EngineOptions withMode(ExecutionMode newMode) {
    return new EngineOptions(
        callTimeLimit, newMode, maxMemoryBytes, recycleGrowthBytes, moduleOutput);
  }

  /** A copy with other memory limits. */
  public EngineOptions withMemory(long maxBytes, long recycleAfterGrowthBytes) {
    return new EngineOptions(callTimeLimit, mode, maxBytes, recycleAfterGrowthBytes, moduleOutput);
  }

  /** A copy that sends the modules' stdout and stderr to {@code out}. */
  public EngineOptions withModuleOutput(OutputStream out) {
    return new EngineOptions(callTimeLimit, mode, maxMemoryBytes, recycleGrowthBytes, out);
  }
}
