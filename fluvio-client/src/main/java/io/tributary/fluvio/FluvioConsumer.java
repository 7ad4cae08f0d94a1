package io.tributary.fluvio;

import io.tributary.fluvio.internal.ClusterSession;
import io.tributary.fluvio.protocol.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads one or more partitions of a topic, each through its own StreamFetch stream, and stores its
 * offsets in the cluster under a consumer id (Fluvio's offset management). Created by {@link
 * FluvioClient#consumer(String, ConsumerConfig)}.
 *
 * <p><b>Records.</b> {@link #poll} returns the records of one stream response of one partition at a
 * time, in offset order within the partition; partitions interleave. A poll acknowledges the
 * response it hands out to the SPU at once, so the SPU reads and sends the partition's next
 * response while the application handles this one; it sends no further one until that next response
 * is handed out too, so at most one response per partition waits in memory. A lost stream
 * (connection lost, leader moved) is reopened at the partition's position without handing out a
 * record twice or skipping one.
 *
 * <p><b>Start.</b> For each partition the start offset is resolved as Fluvio's client does ({@link
 * Offset#resolve}): with a consumer id that has a stored offset for the partition, the relative
 * starts ({@code beginning}, {@code end}) resume right after the stored record.
 *
 * <p><b>Offsets.</b> What is stored is the offset of the last record handed to the application (a
 * restarted consumer resumes at the record after it). {@link #commit} marks what may be stored;
 * committed offsets are flushed (stored) every {@link ConsumerConfig#flushPeriod()} in the
 * background, by {@link #flush} (which waits for the cluster), and by {@link #close}. Under {@link
 * OffsetStrategy#MANUAL} only what the application commits is stored; under {@link
 * OffsetStrategy#AUTO} a poll first commits everything earlier polls returned, and close commits
 * what the last poll returned. Under {@link OffsetStrategy#NONE}, {@code commit} and {@code flush}
 * fail with a {@link ConsumerOffsetException}.
 *
 * <pre>{@code
 * ConsumerConfig config = ConsumerConfig.defaults().withStart(Offset.beginning())
 *     .withConsumerId("orders-sink").withStrategy(OffsetStrategy.MANUAL);
 * try (FluvioConsumer consumer = client.consumer("orders", config)) {
 *   while (running) {
 *     for (ConsumedRecord r : consumer.poll(Duration.ofSeconds(1))) {
 *       write(r);
 *       consumer.commit(r);      // stored at the next flush, or on close
 *     }
 *     consumer.flush();
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #poll} must be called from one thread at a time; {@code commit}, {@code flush} and the
 * offset getters may be called from any thread (e.g. a sink's writer, while a reader thread polls).
 */
public final class FluvioConsumer implements AutoCloseable {
  private static final long FLUSHER_CHECK_MS = 100;

  private final String topic;
  private final ConsumerConfig config;
  private final Map<Integer, PartitionReader> readers = new LinkedHashMap<>();
  private final LinkedBlockingQueue<PartitionReader.Item> inbox = new LinkedBlockingQueue<>();
  private final Thread flusher;
  private volatile FluvioException flushFailure;
  private volatile boolean closed;

  /** Makes a {@link ConsumedRecord} of this consumer's topic. */
  private final RecordMaker<ConsumedRecord> consumedRecords =
      new RecordMaker<>() {
        @Override
        public ConsumedRecord make(
            int partition, long offset, long timestamp, byte[] key, byte[] value) {
          return new ConsumedRecord(topic, partition, offset, timestamp, key, value);
        }

        @Override
        public long offset(ConsumedRecord record) {
          return record.offset();
        }
      };

  FluvioConsumer(ClusterSession session, String topic, ConsumerConfig config) {
    this.topic = topic;
    this.config = config;
    int count = session.requirePartitions(topic);
    List<Integer> partitions = new ArrayList<>(config.partitions());
    if (partitions.isEmpty()) {
      for (int p = 0; p < count; p++) {
        partitions.add(p);
      }
    }
    StoredOffsets store = new StoredOffsets(session);
    try {
      for (int p : partitions) {
        if (p >= count) {
          throw new UnknownTopicException(
              topic,
              "topic '"
                  + topic
                  + "' has no partition "
                  + p
                  + " (it has "
                  + count
                  + ") on Fluvio at "
                  + session.config().endpoint());
        }
        Long stored =
            config.consumerId() == null ? null : store.stored(config.consumerId(), topic, p);
        PartitionReader reader = new PartitionReader(session, topic, p, config, inbox);
        readers.put(p, reader);
        reader.open(stored);
      }
    } catch (RuntimeException e) {
      readers.values().forEach(PartitionReader::close);
      throw e;
    }
    if (config.strategy() != OffsetStrategy.NONE) {
      flusher = new Thread(this::flushPeriodically, "tributary-offset-flush-" + topic);
      flusher.setDaemon(true);
      flusher.start();
    } else {
      flusher = null;
    }
  }

  /** The topic. */
  public String topic() {
    return topic;
  }

  /** The partitions this consumer reads, in ascending order. */
  public List<Integer> partitions() {
    return List.copyOf(readers.keySet());
  }

  /** The settings it was created with. */
  public ConsumerConfig config() {
    return config;
  }

  /**
   * The offset of the next record {@link #poll} will return from {@code partition}.
   *
   * @throws IllegalArgumentException if this consumer does not read that partition
   */
  public long position(int partition) {
    return reader(partition).position();
  }

  /**
   * Records of {@code partition} after {@link #position(int)}, as of the SPU's last answer (its
   * high watermark). May be read from any thread, for metrics.
   *
   * @throws IllegalArgumentException if this consumer does not read that partition
   */
  public long lag(int partition) {
    return reader(partition).lag();
  }

  /**
   * Whether every partition's stream is open: false while a lost one waits to be reopened. May be
   * read from any thread, for health checks.
   */
  public boolean connected() {
    for (PartitionReader r : readers.values()) {
      if (!r.connected()) {
        return false;
      }
    }
    return !closed;
  }

  /**
   * The last committed offset of {@code partition}, -1 if none was committed by this consumer.
   *
   * @throws IllegalArgumentException if this consumer does not read that partition
   */
  public long committed(int partition) {
    return reader(partition).offsets().committed();
  }

  /**
   * The last offset of {@code partition} the cluster confirmed storing for this consumer, -1 if
   * none yet.
   *
   * @throws IllegalArgumentException if this consumer does not read that partition
   */
  public long flushed(int partition) {
    return reader(partition).offsets().flushed();
  }

  /**
   * Waits up to {@code timeout} for records and returns the next response's records of one
   * partition (empty if none arrived). Under {@link OffsetStrategy#AUTO} it first commits every
   * record earlier polls returned.
   *
   * @throws ConsumerOffsetException if the partition's start offset was evicted (error 71) or an
   *     automatic flush was refused; the consumer never restarts elsewhere on its own
   * @throws FluvioException if a stream failed and could not be resumed
   */
  public List<ConsumedRecord> poll(Duration timeout) {
    return poll(timeout, consumedRecords);
  }

  /**
   * Makes the objects a {@link #poll(Duration, RecordMaker)} hands out, one per record, from its
   * parts as the response is decoded: for an application that has a record type of its own, so that
   * no {@link ConsumedRecord} is made on the way to it.
   *
   * @param <T> the application's record type
   */
  public interface RecordMaker<T> {
    /**
     * One record, with what a {@link ConsumedRecord} holds besides the topic (the arrays are the
     * record's own).
     *
     * @param key the key, or null when the record has none
     */
    T make(int partition, long offset, long timestamp, byte[] key, byte[] value);

    /** The offset {@code record} was made with. */
    long offset(T record);
  }

  /**
   * As {@link #poll(Duration)}, each record made by {@code maker} rather than as a {@link
   * ConsumedRecord}; commit them with {@link #commit(int, long)}.
   */
  public <T> List<T> poll(Duration timeout, RecordMaker<T> maker) {
    ensureOpen();
    FluvioException failure = flushFailure;
    if (failure != null) {
      flushFailure = null;
      throw failure;
    }
    if (config.strategy() == OffsetStrategy.AUTO) {
      readers.values().forEach(r -> r.offsets().commitSeen());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean allOpen = true;
      for (PartitionReader r : readers.values()) {
        allOpen &= r.reopenIfLost();
      }
      long left = deadline - System.nanoTime();
      long wait = allOpen ? left : Math.min(left, TimeUnit.MILLISECONDS.toNanos(50));
      PartitionReader.Item item;
      try {
        item = inbox.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
      if (item != null) {
        item = item.reader().decoded(item, maker);
        List<T> records = item.reader().accept(item, maker);
        // Acknowledged now, not at the next poll: the SPU prepares the next response meanwhile.
        item.reader().acknowledge();
        if (!records.isEmpty()) {
          return records;
        }
      }
      if (System.nanoTime() - deadline >= 0) {
        return List.of();
      }
    }
  }

  /**
   * Commits every record handed out so far, on every partition.
   *
   * @throws ConsumerOffsetException under {@link OffsetStrategy#NONE}
   */
  public void commit() {
    checkManaged();
    readers.values().forEach(r -> r.offsets().commitSeen());
  }

  /**
   * Commits every record of {@code partition} handed out so far.
   *
   * @throws ConsumerOffsetException under {@link OffsetStrategy#NONE}
   * @throws IllegalArgumentException if this consumer does not read that partition
   */
  public void commit(int partition) {
    checkManaged();
    reader(partition).offsets().commitSeen();
  }

  /**
   * Commits {@code record} and every earlier record of its partition: its offset is what the next
   * flush stores. Committing an earlier record than one already committed changes nothing.
   *
   * @throws ConsumerOffsetException under {@link OffsetStrategy#NONE}
   * @throws IllegalArgumentException if the record was not handed out by this consumer
   */
  public void commit(ConsumedRecord record) {
    if (!record.topic().equals(topic)) {
      throw new IllegalArgumentException(
          "record of topic '" + record.topic() + "' committed to a consumer of '" + topic + "'");
    }
    commit(record.partition(), record.offset());
  }

  /**
   * Commits the record at {@code offset} of {@code partition} and every earlier one of that
   * partition: {@code offset} is what the next flush stores. Committing an earlier offset than one
   * already committed changes nothing.
   *
   * @throws ConsumerOffsetException under {@link OffsetStrategy#NONE}
   * @throws IllegalArgumentException if this consumer does not read that partition, or has not
   *     handed out that offset yet
   */
  public void commit(int partition, long offset) {
    checkManaged();
    reader(partition).offsets().commit(offset);
  }

  /**
   * Stores the committed offset of every partition and waits for the cluster to confirm it.
   *
   * @throws ConsumerOffsetException under {@link OffsetStrategy#NONE}, or if the cluster refuses
   * @throws FluvioException if it cannot be stored within the request timeout
   */
  public void flush() {
    checkManaged();
    readers.values().forEach(PartitionReader::flush);
  }

  /**
   * Stores the committed offset of {@code partition} and waits for the cluster to confirm it.
   *
   * @throws ConsumerOffsetException under {@link OffsetStrategy#NONE}, or if the cluster refuses
   * @throws IllegalArgumentException if this consumer does not read that partition
   */
  public void flush(int partition) {
    checkManaged();
    reader(partition).flush();
  }

  private void flushPeriodically() {
    long last = 0;
    long period = config.flushPeriod().toNanos();
    while (!Thread.currentThread().isInterrupted()) {
      long now = System.nanoTime();
      if (last == 0 || now - last >= period) {
        last = now;
        for (PartitionReader r : readers.values()) {
          r.flushAsync(e -> flushFailure = e);
        }
      }
      try {
        Thread.sleep(Math.min(FLUSHER_CHECK_MS, Math.max(1, period / 1_000_000)));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void checkManaged() {
    ensureOpen();
    if (config.strategy() == OffsetStrategy.NONE) {
      ErrorCode disabled = ErrorCode.of(ErrorCode.OFFSET_MANAGEMENT_DISABLED);
      throw new ConsumerOffsetException(
          "consumer of '" + topic + "' has offset strategy none: " + disabled.message(), disabled);
    }
  }

  private PartitionReader reader(int partition) {
    PartitionReader r = readers.get(partition);
    if (r == null) {
      throw new IllegalArgumentException(
          "this consumer of '"
              + topic
              + "' reads partitions "
              + readers.keySet()
              + ", not "
              + partition);
    }
    return r;
  }

  private void ensureOpen() {
    if (closed) {
      throw new FluvioException("consumer of '" + topic + "' is closed");
    }
  }

  /**
   * Commits (under {@link OffsetStrategy#AUTO}) and flushes a last time (under {@code AUTO} and
   * {@link OffsetStrategy#MANUAL}), then closes every stream and its connection.
   *
   * @throws FluvioException if the last flush failed (the streams are closed anyway)
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (flusher != null) {
      flusher.interrupt();
      try {
        flusher.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    FluvioException failure = null;
    if (config.strategy() != OffsetStrategy.NONE) {
      for (PartitionReader r : readers.values()) {
        if (config.strategy() == OffsetStrategy.AUTO) {
          r.offsets().commitSeen();
        }
        try {
          r.flush();
        } catch (FluvioException e) {
          failure = failure == null ? e : failure;
        }
      }
    }
    readers.values().forEach(PartitionReader::close);
    if (failure != null) {
      throw failure;
    }
  }
}
