package io.tributary.smartmodule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A chain of SmartModules applied in order: the records one module produces are the input of the
 * next (Fluvio's {@code SmartModuleChainInstance}). An empty chain passes records through.
 *
 * <pre>{@code
 * try (SmartModuleChain chain = SmartModuleChain.load(List.of(
 *     TransformStep.detect(Path.of("filter.wasm"), Map.of("key", "a"))), EngineOptions.defaults())) {
 *   List<SmartRecord> out = chain.apply(SmartRecord.of(0, value, System.currentTimeMillis()));
 * }
 * }</pre>
 *
 * <p><b>Threading.</b> A chain holds Chicory instances, which are not thread-safe. Every method
 * takes the chain's lock, so a chain may be shared between threads but its calls run one at a time;
 * for parallelism, load one chain per thread. Calls run on the caller's thread; a watchdog
 * interrupts a call that exceeds {@link EngineOptions#callTimeLimit()}.
 *
 * <p><b>Errors.</b> A failure on a record throws {@link SmartModuleRuntimeException}; the chain
 * remains usable (a trapped or stopped instance is replaced by a fresh one, with {@code init} run
 * again).
 */
public final class SmartModuleChain implements AutoCloseable {
  private final List<ChainStage> stages;
  private final CallWatchdog watchdog;
  private final List<String> warnings;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  private SmartModuleChain(List<ChainStage> stages, CallWatchdog watchdog, ExecutionMode mode) {
    this.stages = stages;
    this.watchdog = watchdog;
    List<String> advice =
        new ArrayList<>(
            EngineAdvice.warnings(stages.stream().map(ChainStage::definition).toList(), mode));
    for (ChainStage stage : stages) {
      if (stage.lookback() != null && !stage.definition().hasLookBack()) {
        advice.add(
            stage.definition().path()
                + ": its lookback is ignored: the module does not "
                + "export look_back (as in Fluvio)");
      }
    }
    this.warnings = List.copyOf(advice);
  }

  /**
   * Loads, checks, compiles and instantiates every step, and runs each module's {@code init} with
   * the step's parameters.
   *
   * @throws SmartModuleLoadException if a file is missing or not WebAssembly, a module does not
   *     follow the SmartModule ABI or lacks the requested kind, or {@code init} rejects its
   *     parameters (the message names the file and includes the module's hint)
   */
  public static SmartModuleChain load(List<TransformStep> steps, EngineOptions options) {
    Objects.requireNonNull(options, "options");
    CallWatchdog watchdog = new CallWatchdog(options.callTimeLimit());
    List<ChainStage> stages = new ArrayList<>(steps.size());
    try {
      for (TransformStep step : steps) {
        ChainStage stage =
            new ChainStage(
                ModuleLoader.load(step, options), step.lookbackOrNull(), options, watchdog);
        stages.add(stage);
        stage.start();
      }
    } catch (RuntimeException | Error e) {
      stages.forEach(ChainStage::close);
      watchdog.close();
      throw e;
    }
    return new SmartModuleChain(List.copyOf(stages), watchdog, options.mode());
  }

  /**
   * Runs one record through the chain, the way Fluvio's producer does on each {@code send}: the
   * record alone is the input of the first module (base offset and timestamp are the record's).
   *
   * @return the records the last module produced (none if a filter dropped it, several for an
   *     array_map); output offsets and timestamps are the input's unless a module changed them
   * @throws SmartModuleRuntimeException if a module fails on the record
   */
  public List<SmartRecord> apply(SmartRecord record) {
    return applyAll(List.of(record));
  }

  /**
   * Runs several records through the chain with one call per module (much cheaper per record than
   * {@link #apply}). Records whose offsets or timestamps are more than 2^31 apart are split into
   * several calls. A record-level error stops at that record: the exception's {@link
   * SmartModuleRuntimeException#partialOutput()} holds what the failing module produced before it.
   * For a trap, a negative status or a time limit, the exception's offset is that of the first
   * record of the failing call (the module does not say which record it was on).
   */
  public List<SmartRecord> applyAll(List<SmartRecord> records) {
    return locked(
        () -> {
          if (closed) {
            throw new IllegalStateException("SmartModule chain is closed");
          }
          // All or nothing for aggregates: a failing call leaves every accumulator as it was, so
          // records run again (one by one, after a failed batch) are not folded in twice.
          byte[][] saved = new byte[stages.size()][];
          for (int i = 0; i < saved.length; i++) {
            saved[i] = stages.get(i).accumulator();
          }
          List<SmartRecord> current = records;
          try {
            for (ChainStage stage : stages) {
              if (current.isEmpty()) {
                break;
              }
              current = stage.process(current);
            }
          } catch (RuntimeException e) {
            for (int i = 0; i < saved.length; i++) {
              stages.get(i).restore(saved[i]);
            }
            throw e;
          }
          return current == records ? List.copyOf(records) : current;
        });
  }

  /**
   * Runs each module's {@code look_back} export before the first new record, as Fluvio's engine
   * does: for each module in order whose step has a {@link Lookback} and that exports {@code
   * look_back}, {@code reader} gives the records to replay (one list per partition, each oldest
   * first), and each list is one call. Modules without the export ignore their lookback (see {@link
   * #warnings()}). Call it once, before {@link #apply}.
   *
   * @throws SmartModuleRuntimeException if a module's {@code look_back} fails (the offset is the
   *     record it reported, else the first of the call)
   */
  public void lookBack(Function<Lookback, List<List<SmartRecord>>> reader) {
    Objects.requireNonNull(reader, "reader");
    locked(
        () -> {
          for (ChainStage stage : stages) {
            if (stage.lookback() != null && stage.definition().hasLookBack()) {
              stage.lookBack(reader.apply(stage.lookback()));
            }
          }
          return null;
        });
  }

  /** Whether {@link #lookBack} has anything to do: a step with a lookback exports look_back. */
  public boolean looksBack() {
    return stages.stream().anyMatch(s -> s.lookback() != null && s.definition().hasLookBack());
  }

  /** The kinds of the chain's modules, in order (detected kinds included). */
  public List<SmartModuleKind> kinds() {
    return stages.stream().map(s -> s.definition().kind()).toList();
  }

  /** Whether each module runs as compiled code (false: interpreter, by choice or fallback). */
  public List<Boolean> compiled() {
    return stages.stream().map(s -> s.definition().compiled()).toList();
  }

  /**
   * Things the user should know about the loaded chain, one message per line, each naming the
   * module: parameters ignored because a module has no {@code init}; a module that fell back to the
   * interpreter; a module whose largest function is too big for the JVM's JIT compiler unless the
   * JVM runs with {@code -XX:-DontCompileHugeMethods}. Empty when all is well. Log them at
   * start-up.
   */
  public List<String> warnings() {
    return warnings;
  }

  /** Instances created so far for module {@code index} (1 unless recycled or restarted). */
  int instantiations(int index) {
    return locked(() -> stages.get(index).instantiations());
  }

  /** Current memory size, in 64 KiB pages, of module {@code index}'s live instance (0: none). */
  int memoryPages(int index) {
    return locked(() -> stages.get(index).memoryPages());
  }

  private <T> T locked(java.util.function.Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** Releases the modules' instances. Further calls to {@link #apply} fail. Idempotent. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        stages.forEach(ChainStage::close);
        watchdog.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
