package io.tributary.fluvio.internal;

import io.tributary.fluvio.RecordMetadata;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.WireRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Records of one partition sent together, with how often they were tried.
 *
 * @param partition the partition
 * @param entries the records in send order
 * @param attempts retries so far
 * @param retryAt earliest time (ms) of the next attempt
 */
public record ProduceBatch(int partition, List<Entry> entries, int attempts, long retryAt) {
  /**
   * One record waiting for its acknowledgement.
   *
   * @param key key or null
   * @param value value
   * @param timestamp creation time in ms, as the record carries it
   * @param queuedAt when it was queued, in ms: what the producer's linger counts from
   * @param future completed on acknowledgement
   */
  public record Entry(byte[] key, byte[] value, long timestamp, long queuedAt,
      CompletableFuture<RecordMetadata> future) {
    /** Approximate encoded size. */
    public int size() {
      return value.length + (key == null ? 0 : key.length) + 8;
    }
  }

  /** The same batch for another attempt. */
  public ProduceBatch retry(long at) {
    return new ProduceBatch(partition, entries, attempts + 1, at);
  }

  /** Encodes the records as one Fluvio batch, timestamps relative to the first record. */
  public byte[] encode(Compression compression) {
    long first = entries.get(0).timestamp();
    long max = first;
    List<WireRecord> records = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      long ts = Math.max(first, e.timestamp());
      max = Math.max(max, ts);
      // The delta is an i32 here: a time more than 24 days after the first is stored as that.
      records.add(new WireRecord((int) Math.min(ts - first, Integer.MAX_VALUE), i, e.key(),
          e.value()));
    }
    return RecordBatch.of(records, first, max, compression).encode();
  }
}
