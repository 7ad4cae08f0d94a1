package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioException;
import io.tributary.log.TributaryLoggerFinder;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A sink's records from its topic's partitions, and where its progress is stored. The reader thread
 * of {@link QueuedRecordStream} polls the consumer; the sink's commits (from the sink's own thread,
 * through {@link #offsets()}) go straight to the consumer, which takes them from any thread: under
 * {@code eager} (manual: so a crash replays as little as possible) each commit is flushed at once
 * by an {@link OffsetFlusher}, without the sink waiting for the cluster's answer (the sink commits
 * only what it has written durably, so nothing beyond that is ever stored), else the consumer
 * flushes them every {@code --offset-flush} in the background; {@link #close()} flushes a last time
 * and waits for it.
 */
final class ClusterRecordStream implements RecordInput {
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary");
  private static final Duration POLL = Duration.ofMillis(200);
  private static final long STOP_MILLIS = 5_000;

  private final FluvioConsumer consumer;
  private final BooleanSupplier stopping;
  private final boolean managed;
  private final boolean eager;

  /** The records of the last poll, and how many of them were handed out. */
  private List<ConsumerRecord> ready = List.of();

  private int taken;
  private final OffsetFlusher flusher;
  private boolean closed;

  /**
   * @param consumer the consumer, with strategy manual when {@code managed} (its flush period is
   *     how often commits are stored unless {@code eager})
   * @param managed whether offsets are stored (a consumer id and a strategy other than none)
   * @param eager whether a commit is flushed at once
   */
  ClusterRecordStream(
      FluvioConsumer consumer, BooleanSupplier stopping, boolean managed, boolean eager) {
    this.consumer = consumer;
    this.stopping = stopping;
    this.managed = managed;
    this.eager = eager;
    this.flusher =
        managed && eager
            ? new OffsetFlusher(consumer::flush, "tributary-offset-store-" + consumer.topic())
            : null;
  }

  /** Where the sink's commits go. */
  SinkOffsets offsets() {
    if (!managed) {
      return SinkOffsets.NONE;
    }
    return (partition, offset) -> {
      consumer.commit(partition, offset);
      if (flusher != null) {
        flusher.request();
      }
    };
  }

  /** The next record, or {@code null} once asked to stop. */
  @Override
  public ConsumerRecord next() {
    while (taken == ready.size()) {
      if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
        return null;
      }
      ready = consumer.poll(POLL, RECORDS);
      taken = 0;
    }
    return ready.get(taken++);
  }

  /** Makes the sink's records as the consumer decodes them: no {@code ConsumedRecord} between. */
  private static final FluvioConsumer.RecordMaker<ConsumerRecord> RECORDS =
      new FluvioConsumer.RecordMaker<>() {
        @Override
        public ConsumerRecord make(
            int partition, long offset, long timestamp, byte[] key, byte[] value) {
          return new ConsumerRecord(offset, key, value, timestamp, partition);
        }

        @Override
        public long offset(ConsumerRecord record) {
          return record.offset();
        }
      };

  /**
   * Whether records of the last poll are still to be handed out (so {@link #next} would not wait).
   */
  @Override
  public boolean more() {
    return taken < ready.size();
  }

  /**
   * Stores what the sink committed, then closes the consumer. Call once the reader thread has
   * stopped.
   *
   * @throws FluvioException when the last offsets cannot be stored
   */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    // A stop request interrupts the main thread: that must not abort storing the offsets.
    boolean interrupted = Thread.interrupted();
    try {
      if (flusher != null) {
        flusher.stop(STOP_MILLIS);
      }
      consumer.close(); // flushes what the flusher has not stored, and waits for it
    } catch (InterruptedException e) {
      interrupted = true;
      consumer.close();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    LOG.log(Level.DEBUG, "closed the consumer of " + consumer.topic());
  }
}
