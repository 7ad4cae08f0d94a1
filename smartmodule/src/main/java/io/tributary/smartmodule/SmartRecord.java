package io.tributary.smartmodule;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record as a SmartModule sees it: an offset, an optional key, a value and a timestamp.
 *
 * <p>The arrays are not copied; treat them as immutable once handed to the engine. {@link #equals}
 * and {@link #hashCode} compare the array contents.
 *
 * @param offset the record's offset (for a source, any running number; the engine passes it to the
 *     module and reports it in errors)
 * @param keyOrNull the key, or {@code null} for a record without a key
 * @param value the value, never {@code null}
 * @param timestampMillis the timestamp in milliseconds since the epoch
 */
public record SmartRecord(long offset, byte[] keyOrNull, byte[] value, long timestampMillis) {

  /** Checks that the value is present. */
  public SmartRecord {
    Objects.requireNonNull(value, "value");
  }

  /** A record without a key. */
  public static SmartRecord of(long offset, byte[] value, long timestampMillis) {
    return new SmartRecord(offset, null, value, timestampMillis);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmartRecord r
        && offset == r.offset
        && timestampMillis == r.timestampMillis
        && Arrays.equals(keyOrNull, r.keyOrNull)
        && Arrays.equals(value, r.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        offset, timestampMillis, Arrays.hashCode(keyOrNull), Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    return "SmartRecord[offset="
        + offset
        + ", key="
        + (keyOrNull == null ? "none" : keyOrNull.length + " bytes")
        + ", value="
        + value.length
        + " bytes, timestamp="
        + timestampMillis
        + "]";
  }
}
