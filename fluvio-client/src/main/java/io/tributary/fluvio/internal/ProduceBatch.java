package io.tributary.fluvio.internal;

import io.tributary.fluvio.RecordMetadata;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.WireRecord;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Records of one partition sent together, with how often they were tried.
 *
 * @param partition the partition
 * @param sequence the batch's place among the producer's batches (taken in this order from the
 *     queues): retried batches of a partition are sent again in this order
 * @param entries the records in send order
 * @param attempts retries so far
 * @param retryAt earliest time (ms) of the next attempt
 */
public record ProduceBatch(
    int partition, long sequence, List<Entry> entries, int attempts, long retryAt) {
  /**
   * One record waiting for its acknowledgement.
   *
   * @param key key or null
   * @param value value
   * @param timestamp creation time in ms, as the record carries it
   * @param queuedAt when it was queued, in ms: what the producer's linger counts from
   * @param future completed on acknowledgement
   */
  public record Entry(
      byte[] key,
      byte[] value,
      long timestamp,
      long queuedAt,
      CompletableFuture<RecordMetadata> future) {
    /** Approximate encoded size. */
    public int size() {
      return value.length + (key == null ? 0 : key.length) + 8;
    }
  }

  /** The same batch for another attempt. */
  public ProduceBatch retry(long at) {
    return new ProduceBatch(partition, sequence, entries, attempts + 1, at);
  }

  /**
   * Encodes the records as one Fluvio batch, timestamps relative to the first record, as the Rust
   * producer builds it (base offset and last offset delta both records − 1). Without compression
   * the records are written straight into the batch's array.
   */
  public byte[] encode(Compression compression) {
    int n = entries.size();
    long first = entries.get(0).timestamp();
    long max = first;
    int size = 4;
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      int delta = delta(first, e);
      max = Math.max(max, first + delta);
      size += WireRecord.encodedSize(delta, i, e.key(), e.value());
    }
    return RecordBatch.encode(
        n - 1, compression.id(), n - 1, first, max, null, size, new Records(entries, first));
  }

  /**
   * Writes the records of a batch (a class rather than a lambda: linking a lambda costs more than
   * loading this class on the way to a connector's first record; docs/performance.md, "First
   * record").
   */
  private static final class Records implements Consumer<ByteWriter> {
    private final List<Entry> entries;
    private final long first;

    Records(List<Entry> entries, long first) {
      this.entries = entries;
      this.first = first;
    }

    @Override
    public void accept(ByteWriter w) {
      int n = entries.size();
      w.i32(n);
      for (int i = 0; i < n; i++) {
        Entry e = entries.get(i);
        WireRecord.write(w, delta(first, e), i, e.key(), e.value());
      }
    }
  }

  /**
   * A record's timestamp delta: a time before the first record's is stored as the first's, and the
   * delta is an i32 (a time more than 24 days after the first is stored as that).
   */
  private static int delta(long first, Entry e) {
    return (int) Math.min(Math.max(0, e.timestamp() - first), Integer.MAX_VALUE);
  }
}
