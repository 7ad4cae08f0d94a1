package io.tributary.fluvio;

import java.util.Locale;

/**
 * How a consumer with a consumer id stores its offsets in the cluster (Fluvio's {@code
 * OffsetManagementStrategy}). What is stored is the offset of the last record handed to the
 * application; a consumer with the same id resumes at the record after it.
 */
public enum OffsetStrategy {
  /** Nothing is stored; {@code commit} and {@code flush} fail with OffsetManagementDisabled. */
  NONE,
  /**
   * Only what the application commits is stored: every flush period in the background, when it
   * flushes, and on close.
   */
  MANUAL,
  /**
   * Records returned by a poll are committed when the next poll starts (and on close); committed
   * offsets are stored every flush period in the background, on flush, and on close.
   */
  AUTO;

  /**
   * Parses {@code none}, {@code manual} or {@code auto} (any case).
   *
   * @throws FluvioConfigException for anything else
   */
  public static OffsetStrategy parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "none" -> NONE;
      case "manual" -> MANUAL;
      case "auto" -> AUTO;
      default ->
          throw new FluvioConfigException(
              "offset strategy must be 'none', 'manual' or " + "'auto', got '" + text + "'");
    };
  }

  /** The lower-case name, as Fluvio writes it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
