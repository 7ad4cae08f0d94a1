package io.tributary.fluvio;

import io.tributary.fluvio.internal.ClusterSession;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.DeleteConsumerOffset;
import io.tributary.fluvio.protocol.FetchConsumerOffsets;
import io.tributary.fluvio.protocol.ReplicaKey;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and deletes stored consumer offsets at the leader of the {@code consumer-offset} system
 * partition. Like Fluvio's client, it retries while that leader cannot be reached or has moved
 * (PartitionNotLeader), up to {@link #ATTEMPTS} times with a doubling pause.
 */
final class StoredOffsets {
  static final int ATTEMPTS = 6;
  private static final long FIRST_PAUSE_MS = 50;

  private final ClusterSession session;

  StoredOffsets(ClusterSession session) {
    this.session = session;
  }

  /**
   * The stored offset of {@code consumerId} for a partition (the last record handed to its
   * application), or null when none is stored.
   */
  Long stored(String consumerId, String topic, int partition) {
    FetchConsumerOffsets.Filter filter =
        new FetchConsumerOffsets.Filter(new ReplicaKey(topic, partition), consumerId);
    List<FetchConsumerOffsets.ConsumerOffset> found = fetch(filter);
    // Fluvio's client takes the first entry of the (filtered) answer.
    return found.stream()
        .filter(filter::matches)
        .findFirst()
        .map(FetchConsumerOffsets.ConsumerOffset::offset)
        .orElse(null);
  }

  /** Every stored offset passing {@code filter} (null: all), as the public type. */
  List<ConsumerOffset> list(FetchConsumerOffsets.Filter filter) {
    return fetch(filter).stream()
        .filter(o -> filter == null || filter.matches(o))
        .map(
            o ->
                new ConsumerOffset(
                    o.consumerId(),
                    o.replica().topic(),
                    o.replica().partition(),
                    o.offset(),
                    Instant.ofEpochSecond(o.modifiedTime())))
        .toList();
  }

  /** Deletes the stored offset of {@code consumerId} for a partition (nothing if none). */
  void delete(String consumerId, String topic, int partition) {
    DeleteConsumerOffset.Request req =
        new DeleteConsumerOffset.Request(new ReplicaKey(topic, partition), consumerId);
    withLeader(
        "deleting the stored offset of consumer '"
            + consumerId
            + "' for "
            + topic
            + "-"
            + partition,
        c -> c.call(Apis.DELETE_CONSUMER_OFFSET, req));
  }

  private List<FetchConsumerOffsets.ConsumerOffset> fetch(FetchConsumerOffsets.Filter filter) {
    return withLeader(
            "reading stored consumer offsets",
            c -> c.call(Apis.FETCH_CONSUMER_OFFSETS, new FetchConsumerOffsets.Request(filter)))
        .consumers();
  }

  private <T> T withLeader(String what, Function<Connection, T> call) {
    long pause = FIRST_PAUSE_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.apply(session.spuConnection(session.offsetsLeader()));
      } catch (ConsumerOffsetException e) {
        throw e;
      } catch (FluvioException e) {
        if (!Retry.retriable(e) || attempt >= ATTEMPTS) {
          throw e instanceof FluvioServerException se
              ? FluvioServerException.of(what + " failed: " + se.getMessage(), se.error())
              : new FluvioException(what + " failed: " + e.getMessage(), e);
        }
      }
      ClusterSession.sleep(pause);
      pause *= 2;
      session.refresh();
    }
  }
}
