package io.tributary.testkit;

import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.TopicCompression;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory log of one partition: encoded batches, as produced, with the base offsets it
 * assigned, and its topic's compression setting.
 */
final class PartitionLog {
  private final TopicCompression compression;
  private final List<byte[]> batches = new ArrayList<>();
  private final List<Long> bases = new ArrayList<>();
  private long next;
  private long size;
  private long start;

  PartitionLog(TopicCompression compression) {
    this.compression = compression;
  }

  /** The codecs its topic takes. */
  TopicCompression compression() {
    return compression;
  }

  /** Appends a batch, assigning its base offset; returns that offset. */
  synchronized long append(byte[] batch) {
    long base = next;
    byte[] stored = RawBatches.withBaseOffset(batch, base);
    batches.add(stored);
    bases.add(base);
    next = base + RawBatches.recordCount(batch);
    size += stored.length;
    notifyAll();
    return base;
  }

  /** The offset the next record will get (the high watermark). */
  synchronized long highWatermark() {
    return next;
  }

  /** The first offset still in the log (0 until records are evicted). */
  synchronized long startOffset() {
    return start;
  }

  /**
   * Drops the batches that end at or before {@code offset}, as retention removes old segments; the
   * start offset becomes the base of the first batch left (or the high watermark).
   */
  synchronized void evictBefore(long offset) {
    while (!batches.isEmpty() && nextOf(0) <= offset) {
      size -= batches.remove(0).length;
      bases.remove(0);
    }
    start = bases.isEmpty() ? next : bases.get(0);
  }

  synchronized long size() {
    return size;
  }

  /** Stored batches, in order. */
  synchronized List<byte[]> batches() {
    return List.copyOf(batches);
  }

  /**
   * Concatenated batches that hold offsets at or after {@code offset}, up to about {@code maxBytes}
   * (at least one batch), or an empty array.
   */
  synchronized byte[] read(long offset, int maxBytes) {
    int first = 0;
    while (first < batches.size() && nextOf(first) <= offset) {
      first++;
    }
    int total = 0;
    int last = first;
    while (last < batches.size()
        && (last == first || total + batches.get(last).length <= maxBytes)) {
      total += batches.get(last).length;
      last++;
    }
    byte[] out = new byte[total];
    int pos = 0;
    for (int i = first; i < last; i++) {
      byte[] b = batches.get(i);
      System.arraycopy(b, 0, out, pos, b.length);
      pos += b.length;
    }
    return out;
  }

  private long nextOf(int index) {
    return index + 1 < bases.size() ? bases.get(index + 1) : next;
  }

  /** Waits until the log holds an offset at or after {@code offset}, or the timeout passes. */
  synchronized boolean awaitBeyond(long offset, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (next <= offset) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  /** Wakes up waiters (used on shutdown). */
  synchronized void wakeAll() {
    notifyAll();
  }
}
