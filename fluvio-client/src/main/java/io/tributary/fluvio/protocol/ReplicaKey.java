package io.tributary.fluvio.protocol;

/**
 * Fluvio's {@code ReplicaKey}: a topic and one of its partitions, written as the topic (String)
 * then the partition (u32).
 *
 * @param topic the topic
 * @param partition the partition, 0 or more
 */
public record ReplicaKey(String topic, int partition) {
  /** Writes the key. */
  public void encode(ByteWriter w) {
    w.string(topic).u32(partition);
  }

  /** Reads a key. */
  public static ReplicaKey decode(ByteReader r) {
    return new ReplicaKey(r.string(), (int) r.u32());
  }

  /** {@code topic-partition}, Fluvio's display form. */
  @Override
  public String toString() {
    return topic + "-" + partition;
  }
}
