package io.tributary.fluvio;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A record read from a partition (by a {@link FluvioConsumer}, or from a test cluster).
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset its offset
 * @param timestamp its timestamp in ms since the epoch (batch first timestamp + delta)
 * @param key the key, or null when the record has none
 * @param value the value
 */
public record ConsumedRecord(
    String topic, int partition, long offset, long timestamp, byte[] key, byte[] value) {
  /** The value as UTF-8 text. */
  public String valueString() {
    return new String(value, StandardCharsets.UTF_8);
  }

  /** The key as UTF-8 text, or null when the record has none. */
  public String keyString() {
    return key == null ? null : new String(key, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsumedRecord r
        && r.topic.equals(topic)
        && r.partition == partition
        && r.offset == offset
        && r.timestamp == timestamp
        && Arrays.equals(r.key, key)
        && Arrays.equals(r.value, value);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(offset) * 31 + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return topic + "-" + partition + "@" + offset + " (" + value.length + " bytes)";
  }
}
