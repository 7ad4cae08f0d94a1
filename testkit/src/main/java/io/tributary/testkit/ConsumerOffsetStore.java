package io.tributary.testkit;

import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.FetchConsumerOffsets;
import io.tributary.fluvio.protocol.PartitionMetadata;
import io.tributary.fluvio.protocol.ReplicaKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * The {@code consumer-offset} system partition of a test cluster, as Fluvio's SPU keeps it: the
 * offset stored per topic partition and consumer id, with the time it was stored. Kept in memory.
 * One SPU leads it; only that SPU answers FetchConsumerOffsets and DeleteConsumerOffset (the others
 * answer PartitionNotLeader), while any SPU stores an update, as Fluvio's SPUs forward updates to
 * the leader.
 */
final class ConsumerOffsetStore {
  /** The system topic's name; the offsets live in its partition 0. */
  static final String TOPIC = "consumer-offset";

  private record Key(ReplicaKey replica, String consumerId) {}

  private record Value(long offset, long modifiedTime) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing((Key k) -> k.replica().topic())
          .thenComparingInt(k -> k.replica().partition())
          .thenComparing(Key::consumerId);

  private final Map<Key, Value> offsets = new ConcurrentSkipListMap<>(ORDER);
  private volatile int leader;
  private volatile boolean enabled = true;

  ConsumerOffsetStore(int leader) {
    this.leader = leader;
  }

  /** The SPU id that leads the system partition. */
  int leader() {
    return leader;
  }

  /** Makes another SPU the leader. */
  void leader(int spuId) {
    this.leader = spuId;
  }

  /** Whether the cluster has the system topic (false simulates a cluster before 0.11.6). */
  boolean enabled() {
    return enabled;
  }

  /** Removes the system topic, as on a Fluvio cluster without offset management. */
  void disable() {
    enabled = false;
  }

  /** Stores {@code offset} for the consumer id and topic partition. */
  void update(ReplicaKey replica, String consumerId, long offset) {
    offsets.put(new Key(replica, consumerId), new Value(offset, System.currentTimeMillis() / 1000));
  }

  /** Forgets the offset of the consumer id and topic partition; nothing if none is stored. */
  void delete(ReplicaKey replica, String consumerId) {
    offsets.remove(new Key(replica, consumerId));
  }

  /** The stored offset, or null. */
  Long offset(ReplicaKey replica, String consumerId) {
    Value v = offsets.get(new Key(replica, consumerId));
    return v == null ? null : v.offset();
  }

  /**
   * The stored offsets passing {@code filter} (null: all) whose partition still {@code exists}, in
   * topic, partition and consumer id order.
   */
  List<FetchConsumerOffsets.ConsumerOffset> list(
      FetchConsumerOffsets.Filter filter, Predicate<ReplicaKey> exists) {
    return offsets.entrySet().stream()
        .map(
            e ->
                new FetchConsumerOffsets.ConsumerOffset(
                    e.getKey().consumerId(),
                    e.getKey().replica(),
                    e.getValue().offset(),
                    e.getValue().modifiedTime()))
        .filter(o -> filter == null || filter.matches(o))
        .filter(o -> exists.test(o.replica()))
        .toList();
  }

  /** Null if {@code spuId} leads the system partition, else PartitionNotLeader. */
  ErrorCode notLeader(int spuId) {
    return enabled && spuId == leader ? null : ErrorCode.of(ErrorCode.PARTITION_NOT_LEADER);
  }

  /** The system partition as the SC lists it with the system flag, if the topic exists. */
  List<PartitionMetadata> partitions() {
    if (!enabled) {
      return List.of();
    }
    return List.of(
        new PartitionMetadata(
            TOPIC + "-0",
            new PartitionMetadata.Spec(
                leader, List.of(leader), 7L * 24 * 3600, null, 4, null, true, null),
            new PartitionMetadata.Status(
                1, new PartitionMetadata.ReplicaStatus(leader, 0, 0), 0, List.of(), 0, false, 0)));
  }
}
