package io.tributary.smartmodule;

import java.util.List;

/**
 * The kinds of transform a SmartModule can export, named after the export Fluvio's {@code
 * #[smartmodule(...)]} macro generates.
 */
public enum SmartModuleKind {
  /** {@code filter}: keeps or drops each record. */
  FILTER("filter", 0),
  /** {@code map}: turns each record into exactly one record. */
  MAP("map", 1),
  /** {@code array_map}: turns each record into zero or more new records. */
  ARRAY_MAP("array_map", 2),
  /** {@code aggregate}: folds each record into an accumulator and emits the new accumulator. */
  AGGREGATE("aggregate", 3),
  /** {@code filter_map}: drops a record or turns it into one record. */
  FILTER_MAP("filter_map", 4);

  /** The order in which Fluvio looks for a transform export when the kind is not given. */
  static final List<SmartModuleKind> DETECTION_ORDER =
      List.of(FILTER, MAP, FILTER_MAP, ARRAY_MAP, AGGREGATE);

  private final String exportName;
  private final int wireTag;

  SmartModuleKind(String exportName, int wireTag) {
    this.exportName = exportName;
    this.wireTag = wireTag;
  }

  /** The name of the WebAssembly export that implements this kind, e.g. {@code filter_map}. */
  public String exportName() {
    return exportName;
  }

  /** The kind for a tag of Fluvio's {@code SmartModuleKind} enum, or {@code null} if unknown. */
  static SmartModuleKind fromWireTag(int tag) {
    for (SmartModuleKind kind : values()) {
      if (kind.wireTag == tag) {
        return kind;
      }
    }
    return null;
  }
}
