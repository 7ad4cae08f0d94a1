package io.tributary.fluvio.protocol;

import java.util.List;

/**
 * ProduceRequest (API key 0, docs/protocol.md#produce). The encoder is hand-written in Fluvio, so
 * the order is fixed: transactional id, isolation as i16 "acks", timeout, topics, and (from version
 * 8) the SmartModule invocations.
 *
 * @param transactionalId optional transactional id, usually null
 * @param acks isolation: {@code 1} ReadUncommitted (default), {@code -1} ReadCommitted
 * @param timeoutMs server-side timeout in ms
 * @param topics the data per topic
 * @param smartModules SmartModules for the SPU to apply (written from version 8)
 */
public record ProduceRequest(
    String transactionalId,
    short acks,
    int timeoutMs,
    List<TopicData> topics,
    List<SmartModuleInvocation> smartModules) {
  /** Highest version this codec speaks. */
  public static final short MAX_VERSION = 25;

  /** Version from which the SmartModule list is written. */
  public static final int SMARTMODULES_VERSION = 8;

  /** Copies the list. */
  public ProduceRequest {
    topics = List.copyOf(topics);
    smartModules = List.copyOf(smartModules);
  }

  /**
   * Records for one topic.
   *
   * @param name the topic
   * @param partitions one entry per batch (as the Rust producer sends them)
   */
  public record TopicData(String name, List<PartitionData> partitions) {
    /** Copies the list. */
    public TopicData {
      partitions = List.copyOf(partitions);
    }
  }

  /**
   * Records for one partition.
   *
   * @param partition the partition index
   * @param batches encoded batches back to back (the RecordSet content)
   */
  public record PartitionData(int partition, byte[] batches) {}

  /** Writes the body at {@code version}. */
  public void encode(ByteWriter w, int version) {
    w.optionalString(transactionalId).i16(acks).i32(timeoutMs);
    // Loops rather than ByteWriter.list with lambdas: every source encodes this before its first
    // record is acknowledged, and linking a lambda costs more than the loop (docs/performance.md,
    // "First record").
    w.i32(topics.size());
    for (TopicData t : topics) {
      w.string(t.name());
      w.i32(t.partitions().size());
      for (PartitionData p : t.partitions()) {
        w.u32(p.partition()).bytes(p.batches());
      }
    }
    if (version >= SMARTMODULES_VERSION) {
      w.i32(smartModules.size());
      for (SmartModuleInvocation sm : smartModules) {
        sm.encode(w, version);
      }
    }
  }

  /** Reads the body at {@code version}. */
  public static ProduceRequest decode(ByteReader r, int version) {
    String txid = r.optionalString();
    short acks = r.i16();
    int timeout = r.i32();
    List<TopicData> topics =
        r.list(
            tr ->
                new TopicData(
                    tr.string(), tr.list(pr -> new PartitionData((int) pr.u32(), pr.bytes()))));
    List<SmartModuleInvocation> sm =
        version >= SMARTMODULES_VERSION && r.remaining() >= 4
            ? r.list(sr -> SmartModuleInvocation.decode(sr, version))
            : List.of();
    return new ProduceRequest(txid, acks, timeout, topics, sm);
  }
}
