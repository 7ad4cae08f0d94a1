package io.tributary.smartmodule;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasi.WasiExitException;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.smartmodule.AbiCodec.TransformOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * One module of a chain: owns the current {@link ModuleInstance}, re-creates it when it trapped,
 * was stopped, or grew its memory past the recycle bound, keeps an aggregate's accumulator, and
 * turns every failure into a {@link SmartModuleRuntimeException}.
 */
final class ChainStage implements AutoCloseable {
  private static final int INIT_ERROR = -2;

  /** {@code look_back}'s status when it wrote a {@code SmartModuleLookbackOutput}. */
  private static final int LOOK_BACK_PROPAGATED_ERROR = -99;

  private final ModuleDefinition def;
  private final EngineOptions options;
  private final CallWatchdog watchdog;
  private final ByteWriter writer = new ByteWriter(4096);
  private final int recyclePages;
  private final Lookback lookback;

  /** The inputs given to {@code look_back}, given again to each new instance (its state). */
  private List<List<SmartRecord>> lookedBack = List.of();

  private ModuleInstance current;
  private byte[] accumulator = new byte[0];
  private int instantiations;

  ChainStage(
      ModuleDefinition def, Lookback lookback, EngineOptions options, CallWatchdog watchdog) {
    this.def = def;
    this.lookback = lookback;
    this.options = options;
    this.watchdog = watchdog;
    this.recyclePages = (int) Math.max(1, options.recycleGrowthBytes() / 65536);
  }

  /** Instantiates the module and runs {@code init}; failures are load errors. */
  void start() {
    instance(-1);
  }

  /** The step's lookback, or {@code null} when none is set. */
  Lookback lookback() {
    return lookback;
  }

  /**
   * Gives each list of records to {@code look_back}, one call per list (an empty list is a call
   * with no records, as Fluvio makes); a new instance later (after a trap or a recycle) is given
   * them again, so that the state they built survives.
   */
  void lookBack(List<List<SmartRecord>> inputs) {
    ModuleInstance instance = instance(-1);
    for (List<SmartRecord> records : inputs) {
      callLookBack(instance, records);
    }
    lookedBack = List.copyOf(inputs);
  }

  private void callLookBack(ModuleInstance instance, List<SmartRecord> records) {
    List<List<SmartRecord>> chunks =
        records.isEmpty() ? List.of(records) : RecordBatcher.split(records);
    for (List<SmartRecord> chunk : chunks) {
      long baseOffset = chunk.isEmpty() ? 0 : chunk.get(0).offset();
      long baseTs = chunk.isEmpty() ? 0 : chunk.get(0).timestampMillis();
      writer.reset();
      AbiCodec.writeInput(writer, baseOffset, baseTs, chunk);
      int rc;
      byte[] bytes;
      watchdog.begin();
      try {
        rc = instance.callLookBack(writer.array(), writer.position());
        bytes = instance.takeOutput();
      } catch (RuntimeException | StackOverflowError e) {
        throw failure(baseOffset, e, List.of(), "trapped in look_back");
      } finally {
        if (watchdog.end()) {
          throw overTime(baseOffset, "in look_back", List.of());
        }
      }
      if (rc == LOOK_BACK_PROPAGATED_ERROR && bytes != null) {
        AbiCodec.TransformError error;
        try {
          error = AbiCodec.readLookbackError(bytes);
        } catch (MalformedOutputException e) {
          throw new SmartModuleRuntimeException(
              def.path(),
              baseOffset,
              "look_back wrote an error that does not decode",
              e.getMessage(),
              List.of(),
              e);
        }
        throw new SmartModuleRuntimeException(
            def.path(),
            error.offset(),
            "look_back returned an error",
            error.hint(),
            List.of(),
            null);
      }
      if (rc < 0) {
        throw new SmartModuleRuntimeException(
            def.path(),
            baseOffset,
            "look_back returned " + "error status " + rc,
            TransformStatus.describe(rc),
            List.of(),
            null);
      }
    }
  }

  /** An aggregate's accumulator (replaced by each call, never changed in place). */
  byte[] accumulator() {
    return accumulator;
  }

  /** Puts back an accumulator taken with {@link #accumulator()}. */
  void restore(byte[] saved) {
    accumulator = saved;
  }

  /** Runs the transform over {@code records}; returns the records it produced. */
  List<SmartRecord> process(List<SmartRecord> records) {
    List<SmartRecord> out = new ArrayList<>(records.size());
    if (records.size() == 1) {
      processChunk(records, out);
      return out;
    }
    for (List<SmartRecord> chunk : RecordBatcher.split(records)) {
      processChunk(chunk, out);
    }
    return out;
  }

  /**
   * Discards the instance the watchdog stopped and says so: {@code when} is "per call" or "in
   * look_back"; {@code out} the records already transformed before it.
   */
  private SmartModuleRuntimeException overTime(
      long baseOffset, String when, List<SmartRecord> out) {
    discard();
    return new SmartModuleRuntimeException(
        def.path(),
        baseOffset,
        "exceeded the time limit of "
            + options.callTimeLimit().toMillis()
            + " ms "
            + when
            + " and was stopped",
        "",
        out,
        null);
  }

  private void processChunk(List<SmartRecord> chunk, List<SmartRecord> out) {
    long baseOffset = chunk.get(0).offset();
    long baseTs = chunk.get(0).timestampMillis();
    ModuleInstance instance = instance(baseOffset); // may run init: before encoding the input
    writer.reset();
    boolean aggregate = def.kind() == SmartModuleKind.AGGREGATE;
    if (aggregate) {
      AbiCodec.writeAggregateInput(writer, baseOffset, baseTs, chunk, accumulator);
    } else {
      AbiCodec.writeInput(writer, baseOffset, baseTs, chunk);
    }
    int rc;
    byte[] bytes;
    watchdog.begin();
    try {
      rc = instance.callTransform(writer.array(), writer.position());
      bytes = instance.takeOutput();
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(baseOffset, e, out, "trapped");
    } finally {
      if (watchdog.end()) {
        throw overTime(baseOffset, "per call", out);
      }
    }
    if (rc < 0) {
      throw new SmartModuleRuntimeException(
          def.path(),
          baseOffset,
          "returned error status " + rc,
          TransformStatus.describe(rc),
          out,
          null);
    }
    if (bytes == null) {
      throw new SmartModuleRuntimeException(
          def.path(), baseOffset, "returned without calling copy_records", "", out, null);
    }
    TransformOutput output;
    try {
      output = AbiCodec.readOutput(bytes, baseOffset, baseTs, aggregate);
    } catch (MalformedOutputException e) {
      throw new SmartModuleRuntimeException(
          def.path(),
          baseOffset,
          "wrote an output that does not decode as SmartModuleOutput v22",
          e.getMessage(),
          out,
          e);
    }
    out.addAll(output.successes());
    if (aggregate) {
      accumulator = output.accumulator();
    }
    if (output.error() != null) {
      throw new SmartModuleRuntimeException(
          def.path(),
          output.error().offset(),
          "returned an error",
          output.error().hint(),
          out,
          null);
    }
  }

  /** The live instance, created (and {@code init} run) when there is none or it grew too much. */
  private ModuleInstance instance(long offset) {
    if (current != null && current.memoryPages() - current.startPages() > recyclePages) {
      discard();
    }
    if (current == null) {
      watchdog.begin();
      ModuleInstance created = null;
      try {
        created = new ModuleInstance(def, options);
        runInit(created, offset);
        for (List<SmartRecord> records : lookedBack) {
          callLookBack(created, records);
        }
        instantiations++;
        current = created;
        created = null;
      } catch (RuntimeException | StackOverflowError e) {
        SmartModuleRuntimeException f =
            e instanceof SmartModuleRuntimeException sme
                ? sme
                : failure(offset, e, List.of(), "could not be started (instantiation or init)");
        throw startError(f);
      } finally {
        if (created != null) {
          created.close();
        }
        if (watchdog.end()) {
          throw startError(
              new SmartModuleRuntimeException(
                  def.path(),
                  offset,
                  "exceeded the"
                      + " time limit of "
                      + options.callTimeLimit().toMillis()
                      + " ms while starting",
                  "",
                  List.of(),
                  null));
        }
      }
    }
    return current;
  }

  /** A failure while starting: a load error the first time, a runtime error afterwards. */
  private SmartModuleException startError(SmartModuleRuntimeException e) {
    if (instantiations > 0) {
      return e;
    }
    String problem = e.what() + (e.hint().isEmpty() ? "" : ": " + e.hint());
    return new SmartModuleLoadException(def.path(), problem, e.getCause());
  }

  private void runInit(ModuleInstance instance, long offset) {
    if (!def.hasInit()) {
      return;
    }
    ByteWriter init = new ByteWriter(64);
    AbiCodec.writeInitInput(init, def.params());
    int rc = instance.callInit(init.array(), init.position());
    if (rc == 0) {
      return;
    }
    byte[] out = instance.takeOutput();
    String hint = "";
    if (rc == INIT_ERROR && out != null) {
      try {
        hint = AbiCodec.readInitErrorHint(out);
      } catch (MalformedOutputException e) {
        hint = "(unreadable init error: " + e.getMessage() + ")";
      }
    }
    throw new SmartModuleRuntimeException(
        def.path(),
        offset,
        "init rejected the parameters " + def.params().keySet() + " (status " + rc + ")",
        hint,
        List.of(),
        null);
  }

  private SmartModuleRuntimeException failure(
      long offset, Throwable e, List<SmartRecord> out, String trapped) {
    discard();
    String what;
    if (e instanceof WasiExitException exit) {
      what = "exited (WASI proc_exit " + exit.exitCode() + ")";
    } else if (causedBy(e, ChicoryInterruptedException.class)) {
      Thread.currentThread().interrupt(); // an interrupt from elsewhere: keep it visible
      what = "was interrupted";
    } else if (e instanceof StackOverflowError) {
      what = trapped + ": call stack exhausted";
    } else {
      what = trapped;
    }
    String hint = e instanceof StackOverflowError ? "" : String.valueOf(e.getMessage());
    return new SmartModuleRuntimeException(def.path(), offset, what, hint, out, e);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private void discard() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  ModuleDefinition definition() {
    return def;
  }

  int instantiations() {
    return instantiations;
  }

  int memoryPages() {
    return current == null ? 0 : current.memoryPages();
  }

  @Override
  public void close() {
    discard();
  }
}
