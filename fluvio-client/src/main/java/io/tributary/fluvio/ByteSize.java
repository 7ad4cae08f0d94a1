package io.tributary.fluvio;

import java.util.Locale;
import java.util.Map;

/**
 * Byte sizes as Fluvio's connector configuration writes them (the {@code bytesize} crate): a whole
 * number of bytes ({@code 16384}), or a number, optional spaces and a unit — {@code 16kb}, {@code
 * 1mb}, {@code "44.0 MB"}, {@code 1.5KiB}. Units are case-insensitive; {@code k}/{@code kb}, {@code
 * m}/{@code mb}, {@code g}/{@code gb}, {@code t}/{@code tb}, {@code p}/{@code pb} are powers of
 * 1000, {@code ki}/{@code kib} … {@code pi}/{@code pib} powers of 1024, {@code b} is bytes. A
 * fractional result is truncated.
 */
public final class ByteSize {
  /** The accepted forms, for error messages. */
  public static final String FORM = "a byte size like 16384, 16kb, 1mb, 1.5MiB or \"44.0 MB\"";

  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("b", 1L),
          Map.entry("k", 1_000L),
          Map.entry("kb", 1_000L),
          Map.entry("m", 1_000_000L),
          Map.entry("mb", 1_000_000L),
          Map.entry("g", 1_000_000_000L),
          Map.entry("gb", 1_000_000_000L),
          Map.entry("t", 1_000_000_000_000L),
          Map.entry("tb", 1_000_000_000_000L),
          Map.entry("p", 1_000_000_000_000_000L),
          Map.entry("pb", 1_000_000_000_000_000L),
          Map.entry("ki", 1L << 10),
          Map.entry("kib", 1L << 10),
          Map.entry("mi", 1L << 20),
          Map.entry("mib", 1L << 20),
          Map.entry("gi", 1L << 30),
          Map.entry("gib", 1L << 30),
          Map.entry("ti", 1L << 40),
          Map.entry("tib", 1L << 40),
          Map.entry("pi", 1L << 50),
          Map.entry("pib", 1L << 50));

  private ByteSize() {}

  /**
   * The number of bytes {@code text} denotes.
   *
   * @throws IllegalArgumentException saying what was expected when it is not a byte size
   */
  public static long parse(String text) {
    int end = 0;
    while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    String number = text.substring(0, end);
    String suffix = text.substring(end).stripLeading().toLowerCase(Locale.ROOT);
    boolean whole = number.indexOf('.') < 0;
    if (whole && suffix.isEmpty() && !number.isEmpty()) {
      return number.length() > 18 ? Long.MAX_VALUE : Long.parseLong(number);
    }
    Long unit = UNITS.get(suffix);
    if (unit == null
        || number.isEmpty()
        || number.equals(".")
        || number.indexOf('.') != number.lastIndexOf('.')) {
      throw new IllegalArgumentException("expected " + FORM + ", got '" + text + "'");
    }
    double bytes = Double.parseDouble(number) * unit;
    return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
