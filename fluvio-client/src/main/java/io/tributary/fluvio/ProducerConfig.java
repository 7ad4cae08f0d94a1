package io.tributary.fluvio;

import io.tributary.fluvio.protocol.Compression;
import java.time.Duration;

/**
 * Producer settings. Defaults follow Fluvio's producer: linger 100 ms, batch size 16 KiB, no
 * compression, leader acknowledgement, server timeout 1500 ms, at most 100 batches' worth of
 * records queued per partition, a send waiting at most 30 s for room in that queue; plus 5 retries
 * after 100, 200, 400, 800 and 1600 ms (about 3 s in all, enough for a leader election or an SPU
 * restart).
 *
 * @param linger how long a partial batch waits for more records
 * @param batchSize bytes of records that make a batch ready to send
 * @param compression batch codec, or null for Fluvio's default: the codec the topic requires when
 *     it was created with one, else none; a codec the topic does not take fails when the producer
 *     is created
 * @param acks {@link Acks#LEADER} (Fluvio ReadUncommitted) or {@link Acks#ALL} (ReadCommitted)
 * @param timeout how long the SPU may take to acknowledge
 * @param retries how often a batch is retried after a retriable error
 * @param retryBackoff pause before the first retry, doubled for each further one
 * @param batchQueueSize how many batches' worth of records ({@code batchQueueSize * batchSize}
 *     bytes) a partition may hold queued and not yet sent before {@link FluvioProducer#send} waits
 *     for the sender to take some (Fluvio's {@code batch_queue_size})
 * @param enqueueTimeout how long {@link FluvioProducer#send} waits for room in a full queue before
 *     it fails (Fluvio's producer waits 30 s)
 */
public record ProducerConfig(
    Duration linger,
    int batchSize,
    Compression compression,
    Acks acks,
    Duration timeout,
    int retries,
    Duration retryBackoff,
    int batchQueueSize,
    Duration enqueueTimeout) {

  private static final int DEFAULT_BATCH_QUEUE_SIZE = 100;
  private static final Duration DEFAULT_ENQUEUE_TIMEOUT = Duration.ofSeconds(30);

  /** When the SPU acknowledges a batch. */
  public enum Acks {
    /** Once the leader stored it (isolation ReadUncommitted, {@code acks = 1}). */
    LEADER,
    /** Once it is committed to the in-sync replicas (ReadCommitted, {@code acks = -1}). */
    ALL
  }

  /** Checks the values. */
  public ProducerConfig {
    if (linger.isNegative() || timeout.isNegative() || retryBackoff.isNegative()) {
      throw new FluvioConfigException("producer durations must not be negative");
    }
    if (batchSize < 1) {
      throw new FluvioConfigException(
          "producer batch size must be at least 1 byte, got " + batchSize);
    }
    if (retries < 0) {
      throw new FluvioConfigException("producer retries must be 0 or more, got " + retries);
    }
    if (batchQueueSize < 1) {
      throw new FluvioConfigException(
          "producer batch queue size must be at least 1 batch, got " + batchQueueSize);
    }
    if (enqueueTimeout.isNegative()) {
      throw new FluvioConfigException("producer durations must not be negative");
    }
  }

  /** Settings with the default queue bound (100 batches per partition, 30 s wait). */
  public ProducerConfig(
      Duration linger,
      int batchSize,
      Compression compression,
      Acks acks,
      Duration timeout,
      int retries,
      Duration retryBackoff) {
    this(
        linger,
        batchSize,
        compression,
        acks,
        timeout,
        retries,
        retryBackoff,
        DEFAULT_BATCH_QUEUE_SIZE,
        DEFAULT_ENQUEUE_TIMEOUT);
  }

  /** Fluvio's defaults. */
  public static ProducerConfig defaults() {
    return new ProducerConfig(
        Duration.ofMillis(100),
        16_384,
        null,
        Acks.LEADER,
        Duration.ofMillis(1500),
        5,
        Duration.ofMillis(100));
  }

  /** A copy with another linger. */
  public ProducerConfig withLinger(Duration value) {
    return new ProducerConfig(
        value,
        batchSize,
        compression,
        acks,
        timeout,
        retries,
        retryBackoff,
        batchQueueSize,
        enqueueTimeout);
  }

  /** A copy with another batch size. */
  public ProducerConfig withBatchSize(int value) {
    return new ProducerConfig(
        linger,
        value,
        compression,
        acks,
        timeout,
        retries,
        retryBackoff,
        batchQueueSize,
        enqueueTimeout);
  }

  /** A copy with another compression (null: the topic's). */
  public ProducerConfig withCompression(Compression value) {
    return new ProducerConfig(
        linger,
        batchSize,
        value,
        acks,
        timeout,
        retries,
        retryBackoff,
        batchQueueSize,
        enqueueTimeout);
  }

  /** A copy with other acks. */
  public ProducerConfig withAcks(Acks value) {
    return new ProducerConfig(
        linger,
        batchSize,
        compression,
        value,
        timeout,
        retries,
        retryBackoff,
        batchQueueSize,
        enqueueTimeout);
  }

  /** A copy with another server timeout. */
  public ProducerConfig withTimeout(Duration value) {
    return new ProducerConfig(
        linger,
        batchSize,
        compression,
        acks,
        value,
        retries,
        retryBackoff,
        batchQueueSize,
        enqueueTimeout);
  }

  /** A copy with other retry settings. */
  public ProducerConfig withRetries(int count, Duration backoff) {
    return new ProducerConfig(
        linger,
        batchSize,
        compression,
        acks,
        timeout,
        count,
        backoff,
        batchQueueSize,
        enqueueTimeout);
  }

  /**
   * A copy with another bound of each partition's queue and of how long a send waits for room in
   * it.
   */
  public ProducerConfig withBatchQueue(int batches, Duration wait) {
    return new ProducerConfig(
        linger, batchSize, compression, acks, timeout, retries, retryBackoff, batches, wait);
  }
}
