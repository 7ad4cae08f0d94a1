package io.tributary.fluvio;

/**
 * Where a consumer starts, in Fluvio's terms: an absolute offset, a distance from the beginning of
 * the partition, or a distance back from its end. With a consumer id that has a stored offset, the
 * relative forms count from the record after the stored one instead (see {@link #resolve}); an
 * absolute offset ignores the stored one.
 *
 * @param kind beginning, end or absolute
 * @param value the absolute offset for {@link Kind#ABSOLUTE}; the distance (0 or more) for {@link
 *     Kind#BEGINNING} and {@link Kind#END}
 */
public record Offset(Kind kind, long value) {
  /** The kinds of start offsets. */
  public enum Kind {
    /** {@code value} records after the first one still in the partition. */
    BEGINNING,
    /** {@code value} records before the end (0: only records produced from now on). */
    END,
    /** The record at offset {@code value}. */
    ABSOLUTE
  }

  /** Checks the value is not negative. */
  public Offset {
    if (value < 0) {
      throw new FluvioConfigException(
          kind == Kind.ABSOLUTE
              ? "offset must be 0 or more, got " + value
              : "a relative offset must be 0 or more, got " + value);
    }
    if (value > Integer.MAX_VALUE * 2L + 1 && kind != Kind.ABSOLUTE) {
      throw new FluvioConfigException(
          "a relative offset must fit in 32 bits (Fluvio's u32), got " + value);
    }
  }

  /** The first record still in the partition ({@code fromBeginning(0)}). */
  public static Offset beginning() {
    return fromBeginning(0);
  }

  /** Only records produced from now on ({@code fromEnd(0)}). */
  public static Offset end() {
    return fromEnd(0);
  }

  /** {@code n} records after the first one still in the partition. */
  public static Offset fromBeginning(long n) {
    return new Offset(Kind.BEGINNING, n);
  }

  /** {@code n} records before the end of the partition. */
  public static Offset fromEnd(long n) {
    return new Offset(Kind.END, n);
  }

  /** The record at {@code offset}. */
  public static Offset absolute(long offset) {
    return new Offset(Kind.ABSOLUTE, offset);
  }

  /**
   * The absolute offset to start reading at, exactly as Fluvio's client resolves it ({@code
   * Offset::resolve}):
   *
   * <ul>
   *   <li>absolute {@code n}: {@code n} (a stored offset is ignored);
   *   <li>from the beginning {@code n}: (stored + 1, or else {@code startOffset}) + {@code n};
   *   <li>from the end {@code n}: (stored + 1, or else {@code lastStableOffset}) − {@code n};
   * </ul>
   *
   * the relative results clamped to {@code [startOffset, lastStableOffset]}, and every result to 0
   * or more. So once an offset is stored, {@code beginning} and {@code end} both resume right after
   * it.
   *
   * @param startOffset the partition's first offset (FetchOffsets {@code start_offset})
   * @param lastStableOffset the offset after its last committed record
   * @param stored the consumer's stored offset (the last record handed to its application), or null
   *     when none is stored
   */
  public long resolve(long startOffset, long lastStableOffset, Long stored) {
    Long next = stored == null ? null : stored + 1;
    long resolved =
        switch (kind) {
          case ABSOLUTE -> value;
          case BEGINNING ->
              clamp((next != null ? next : startOffset) + value, startOffset, lastStableOffset);
          case END ->
              clamp(
                  (next != null ? next : lastStableOffset) - value, startOffset, lastStableOffset);
        };
    return Math.max(0, resolved);
  }

  private static long clamp(long v, long min, long max) {
    return Math.max(min, Math.min(max, v));
  }

  /**
   * Parses {@code beginning}, {@code end}, {@code beginning+N} (N records after the beginning),
   * {@code end-N} (N records before the end) or a non-negative absolute offset: the forms {@link
   * #toString} writes.
   *
   * @throws FluvioConfigException for anything else
   */
  public static Offset parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher relative = RELATIVE.matcher(t);
    try {
      boolean beginning = relative.matches() && relative.group(1).equals("beginning");
      if (relative.matches()
          && (relative.group(2) == null || relative.group(2).equals(beginning ? "+" : "-"))) {
        long n = relative.group(3) == null ? 0 : Long.parseLong(relative.group(3));
        return beginning ? fromBeginning(n) : fromEnd(n);
      }
      return absolute(Long.parseLong(t));
    } catch (NumberFormatException | FluvioConfigException e) {
      throw new FluvioConfigException(
          "offset must be 'beginning', 'end', 'beginning+N', "
              + "'end-N' or a number 0 or more, got '"
              + text
              + "'");
    }
  }

  private static final java.util.regex.Pattern RELATIVE =
      java.util.regex.Pattern.compile("(beginning|end)(?:\\s*([+-])\\s*(\\d+))?");

  @Override
  public String toString() {
    return switch (kind) {
      case ABSOLUTE -> Long.toString(value);
      case BEGINNING -> value == 0 ? "beginning" : "beginning+" + value;
      case END -> value == 0 ? "end" : "end-" + value;
    };
  }
}
