package io.tributary.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A record stored in the {@link TestCluster}, as a test reads it back.
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset the test cluster assigned
 * @param timestamp the record's timestamp in ms (batch first timestamp + delta)
 * @param key the key, or null
 * @param value the value
 */
public record TestRecord(String topic, int partition, long offset, long timestamp, byte[] key,
    byte[] value) {

  /** The value as UTF-8 text. */
  public String valueString() {
    return new String(value, StandardCharsets.UTF_8);
  }

  /** The key as UTF-8 text, or null. */
  public String keyString() {
    return key == null ? null : new String(key, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TestRecord r && r.topic.equals(topic) && r.partition == partition
        && r.offset == offset && r.timestamp == timestamp && Arrays.equals(r.key, key)
        && Arrays.equals(r.value, value);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(offset) * 31 + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return topic + "-" + partition + "@" + offset + " key=" + keyString() + " value="
        + (value.length > 64 ? value.length + " bytes" : valueString());
  }
}
