package io.tributary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One record read from a topic.
 *
 * @param offset the record's offset in its partition
 * @param key the key, or {@code null} when the record has none
 * @param value the value
 * @param timestamp milliseconds since the epoch, or -1 when unknown
 * @param partition the partition of the topic it was read from (0 in a dry run)
 */
public record ConsumerRecord(long offset, byte[] key, byte[] value, long timestamp, int partition) {
  /** Checks the value is present and the partition not negative. */
  public ConsumerRecord {
    Objects.requireNonNull(value, "value");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must not be negative, got " + partition);
    }
  }

  /** A record of partition 0 (a topic with one partition, or a dry run). */
  public ConsumerRecord(long offset, byte[] key, byte[] value, long timestamp) {
    this(offset, key, value, timestamp, 0);
  }

  /** The key decoded as UTF-8, or {@code null}. */
  public String keyAsString() {
    return key == null ? null : new String(key, StandardCharsets.UTF_8);
  }

  /** The value decoded as UTF-8. */
  public String valueAsString() {
    return new String(value, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsumerRecord r
        && offset == r.offset
        && partition == r.partition
        && timestamp == r.timestamp
        && Arrays.equals(key, r.key)
        && Arrays.equals(value, r.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partition, offset, timestamp, Arrays.hashCode(key), Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    return "ConsumerRecord[partition="
        + partition
        + ", offset="
        + offset
        + ", key="
        + keyAsString()
        + ", value="
        + valueAsString()
        + ", timestamp="
        + timestamp
        + "]";
  }
}
