package io.tributary.smartmodule;

import java.nio.file.Path;
import java.util.List;

/**
 * A SmartModule failed on a record: it returned an error output, trapped, returned a negative
 * status, or exceeded the call time limit.
 *
 * <p>The chain stays usable after this exception: an instance that trapped or was stopped is
 * discarded and the module is instantiated afresh on the next call.
 */
public final class SmartModuleRuntimeException extends SmartModuleException {

  private final long offset;
  private final String what;
  private final String hint;
  private final transient List<SmartRecord> partialOutput;

  SmartModuleRuntimeException(
      Path module,
      long offset,
      String what,
      String hint,
      List<SmartRecord> partialOutput,
      Throwable cause) {
    super(
        module,
        "SmartModule "
            + module
            + " failed on record at offset "
            + offset
            + ": "
            + what
            + (hint.isEmpty() ? "" : ": " + hint),
        cause);
    this.offset = offset;
    this.what = what;
    this.hint = hint;
    this.partialOutput = List.copyOf(partialOutput);
  }

  /** Offset of the record the module failed on (as reported by the module when it says so). */
  public long offset() {
    return offset;
  }

  /** What went wrong, e.g. {@code "trapped"} or {@code "returned an error"}. */
  String what() {
    return what;
  }

  /** The module's own explanation (its error hint), or a description of the trap; may be empty. */
  public String hint() {
    return hint;
  }

  /**
   * The records the failing module produced before the failure, not passed through the modules
   * after it. This is what Fluvio's chain returns alongside a record-level error (the successes
   * that precede the failing record). After a trap, a negative status or a time limit it holds only
   * what earlier calls of the same {@link SmartModuleChain#applyAll} produced (usually nothing).
   */
  public List<SmartRecord> partialOutput() {
    return partialOutput;
  }
}
