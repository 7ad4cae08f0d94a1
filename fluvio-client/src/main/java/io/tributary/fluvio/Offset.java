package io.tributary.fluvio;

/**
 * Where a consumer starts: the beginning of the partition, its end (only new records), or an
 * absolute offset.
 *
 * @param kind beginning, end or absolute
 * @param value the absolute offset when {@code kind} is {@link Kind#ABSOLUTE}
 */
public record Offset(Kind kind, long value) {
  /** The kinds of start offsets. */
  public enum Kind {
    /** The first record still in the partition. */
    BEGINNING,
    /** After the last record: only records produced from now on. */
    END,
    /** A given offset. */
    ABSOLUTE
  }

  /** Checks an absolute offset is not negative. */
  public Offset {
    if (kind == Kind.ABSOLUTE && value < 0) {
      throw new FluvioConfigException("offset must be 0 or more, got " + value);
    }
  }

  /** The first record still in the partition. */
  public static Offset beginning() {
    return new Offset(Kind.BEGINNING, 0);
  }

  /** Only records produced from now on. */
  public static Offset end() {
    return new Offset(Kind.END, 0);
  }

  /** The record at {@code offset}. */
  public static Offset absolute(long offset) {
    return new Offset(Kind.ABSOLUTE, offset);
  }

  /**
   * Parses {@code beginning}, {@code end} or a non-negative number.
   *
   * @throws FluvioConfigException for anything else
   */
  public static Offset parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.equalsIgnoreCase("beginning")) {
      return beginning();
    }
    if (t.equalsIgnoreCase("end")) {
      return end();
    }
    try {
      return absolute(Long.parseLong(t));
    } catch (NumberFormatException e) {
      throw new FluvioConfigException("offset must be 'beginning', 'end' or a number 0 or more, "
          + "got '" + text + "'");
    }
  }
}
