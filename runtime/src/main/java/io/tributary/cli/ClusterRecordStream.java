package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioConsumer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * A sink's records from its topic partition. The consumer acknowledges a batch of records to
 * the cluster when the next one is asked for: once {@link QueuedRecordStream}'s reader has
 * queued them all, which may be before the sink has written them.
 */
final class ClusterRecordStream {
  private static final Duration POLL = Duration.ofMillis(200);

  private final FluvioConsumer consumer;
  private final BooleanSupplier stopping;
  private final Deque<ConsumerRecord> ready = new ArrayDeque<>();

  ClusterRecordStream(FluvioConsumer consumer, BooleanSupplier stopping) {
    this.consumer = consumer;
    this.stopping = stopping;
  }

  /** The next record, or {@code null} once asked to stop. */
  ConsumerRecord next() {
    while (ready.isEmpty()) {
      if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
        return null;
      }
      for (ConsumedRecord r : consumer.poll(POLL)) {
        ready.add(new ConsumerRecord(r.offset(), r.key(), r.value(), r.timestamp()));
      }
    }
    return ready.poll();
  }
}
