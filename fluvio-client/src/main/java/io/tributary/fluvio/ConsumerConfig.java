package io.tributary.fluvio;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * Consumer settings, after Fluvio's {@code ConsumerConfigExt}. Defaults: every partition of the
 * topic, start at the end (only new records), no consumer id, strategy {@link OffsetStrategy#NONE},
 * flush period 10 s (Fluvio's default), 1,048,588 bytes per stream response.
 *
 * <pre>{@code
 * ConsumerConfig config = ConsumerConfig.defaults()
 *     .withConsumerId("orders-sink")
 *     .withStrategy(OffsetStrategy.MANUAL)
 *     .withStart(Offset.beginning());        // used only while nothing is stored for the id
 * }</pre>
 *
 * @param partitions the partitions to read, sorted and distinct; empty means every partition the
 *     topic has when the consumer is created
 * @param start where to start (see {@link Offset#resolve} for how a stored offset changes it)
 * @param consumerId the consumer id whose stored offsets are used and updated, or null
 * @param strategy how offsets are stored; anything but {@code NONE} needs a consumer id
 * @param flushPeriod how often committed offsets are flushed in the background (strategies {@link
 *     OffsetStrategy#MANUAL} and {@link OffsetStrategy#AUTO})
 * @param maxBytes the most bytes of records per stream response
 */
public record ConsumerConfig(
    List<Integer> partitions,
    Offset start,
    String consumerId,
    OffsetStrategy strategy,
    Duration flushPeriod,
    int maxBytes) {
  /** Fluvio's default flush period ({@code DEFAULT_OFFSET_FLUSH_PERIOD}). */
  public static final Duration DEFAULT_FLUSH_PERIOD = Duration.ofSeconds(10);

  /** Fluvio's default max bytes per stream response. */
  public static final int DEFAULT_MAX_BYTES = 1_048_588;

  /**
   * Checks the values.
   *
   * @throws FluvioConfigException naming the setting and the expected form
   */
  public ConsumerConfig {
    for (Integer p : partitions) {
      if (p == null || p < 0) {
        throw new FluvioConfigException("partition must be 0 or more, got " + p);
      }
    }
    partitions = List.copyOf(new TreeSet<>(partitions));
    if (start == null) {
      throw new FluvioConfigException("a start offset is required");
    }
    if (consumerId != null && (consumerId.isBlank() || consumerId.length() > 1000)) {
      throw new FluvioConfigException(
          "consumer id must be 1 to 1000 characters and not blank, " + "got '" + consumerId + "'");
    }
    if (strategy == null) {
      throw new FluvioConfigException("an offset strategy is required");
    }
    if (strategy != OffsetStrategy.NONE && consumerId == null) {
      throw new FluvioConfigException("a consumer id is required with offset strategy " + strategy);
    }
    if (flushPeriod == null || flushPeriod.isNegative() || flushPeriod.isZero()) {
      throw new FluvioConfigException(
          "offset flush period must be more than 0, got " + flushPeriod);
    }
    if (maxBytes < 1) {
      throw new FluvioConfigException("max bytes must be at least 1, got " + maxBytes);
    }
  }

  /** The defaults. */
  public static ConsumerConfig defaults() {
    return new ConsumerConfig(
        List.of(),
        Offset.end(),
        null,
        OffsetStrategy.NONE,
        DEFAULT_FLUSH_PERIOD,
        DEFAULT_MAX_BYTES);
  }

  /** A copy reading these partitions; none means all. */
  public ConsumerConfig withPartitions(List<Integer> value) {
    return new ConsumerConfig(value, start, consumerId, strategy, flushPeriod, maxBytes);
  }

  /** A copy reading these partitions; none means all. */
  public ConsumerConfig withPartitions(Integer... value) {
    return withPartitions(List.of(value));
  }

  /** A copy with another start offset. */
  public ConsumerConfig withStart(Offset value) {
    return new ConsumerConfig(partitions, value, consumerId, strategy, flushPeriod, maxBytes);
  }

  /** A copy with a consumer id (null for none). */
  public ConsumerConfig withConsumerId(String value) {
    return new ConsumerConfig(partitions, start, value, strategy, flushPeriod, maxBytes);
  }

  /** A copy with another offset strategy. */
  public ConsumerConfig withStrategy(OffsetStrategy value) {
    return new ConsumerConfig(partitions, start, consumerId, value, flushPeriod, maxBytes);
  }

  /** A copy with another flush period. */
  public ConsumerConfig withFlushPeriod(Duration value) {
    return new ConsumerConfig(partitions, start, consumerId, strategy, value, maxBytes);
  }

  /** A copy with another max bytes per stream response. */
  public ConsumerConfig withMaxBytes(int value) {
    return new ConsumerConfig(partitions, start, consumerId, strategy, flushPeriod, value);
  }
}
