package io.tributary.testkit;

import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.TopicCompression;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory log of one partition: encoded batches, as produced, with the base offsets it
 * assigned, and its topic's compression setting.
 *
 * <p>Batches are copied once, base offset set, into append-only chunks of memory outside the Java
 * heap (growing from 64 KiB to 8 MiB; a real SPU appends to segment files): a benchmark run keeps
 * hundreds of MB, which as arrays on the heap the garbage collector would copy from young to old
 * generation and mark again and again, and which as large arrays would start its concurrent cycles.
 * Stored bytes never change, so fetches are served from slices of the chunks ({@link #slices}) read
 * without the lock. Eviction drops whole batches; a chunk is freed once none of its batches is left
 * (its buffer unreachable).
 */
final class PartitionLog {
  private static final int FIRST_CHUNK = 64 * 1024;
  private static final int MAX_CHUNK = 8 * 1024 * 1024;

  /**
   * One stored batch: {@code length} bytes of {@code chunk} from {@code at}, its base offset and
   * the offset after its last record.
   */
  record Slice(ByteBuffer chunk, int at, int length, long base, long end) {
    /** Copies its bytes to {@code dst} from {@code offset}. */
    void copyTo(byte[] dst, int offset) {
      chunk.get(at, dst, offset, length);
    }

    /** Its bytes, copied. */
    byte[] bytes() {
      byte[] out = new byte[length];
      copyTo(out, 0);
      return out;
    }
  }

  private final TopicCompression compression;
  private final List<Slice> batches = new ArrayList<>();
  private int head; // batches before it were evicted
  private ByteBuffer chunk = ByteBuffer.allocateDirect(0);
  private int chunkUsed;
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
    return append(batch, 0, batch.length);
  }

  /**
   * Appends the batch of {@code length} bytes at {@code at} in {@code src}, assigning its base
   * offset; returns that offset.
   */
  synchronized long append(byte[] src, int at, int length) {
    long base = next;
    int records = RawBatches.recordCount(src, at);
    if (chunk.capacity() - chunkUsed < length) {
      int grown = Math.min(MAX_CHUNK, Math.max(FIRST_CHUNK, 2 * chunk.capacity()));
      chunk = ByteBuffer.allocateDirect(Math.max(grown, length));
      chunkUsed = 0;
    }
    chunk.put(chunkUsed, src, at, length);
    chunk.putLong(chunkUsed, base); // big-endian, as the batch's base offset
    batches.add(new Slice(chunk, chunkUsed, length, base, base + records));
    chunkUsed += length;
    next = base + records;
    size += length;
    notifyAll();
    return base;
  }

  /**
   * Appends the batches of {@code src} that {@code starts} delimits (batch {@code i} from {@code
   * starts[i]} to {@code starts[i + 1]}), one after the other with nothing between them; returns
   * the first one's base offset, or -1 when there is none.
   */
  synchronized long append(byte[] src, int[] starts) {
    long first = -1;
    for (int i = 0; i + 1 < starts.length; i++) {
      long base = append(src, starts[i], starts[i + 1] - starts[i]);
      first = first < 0 ? base : first;
    }
    return first;
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
    while (head < batches.size() && nextOf(head) <= offset) {
      size -= batches.get(head).length();
      batches.set(head, null);
      head++;
    }
    if (head > 1024 && head * 2 > batches.size()) {
      batches.subList(0, head).clear();
      head = 0;
    }
    start = head == batches.size() ? next : batches.get(head).base();
  }

  synchronized long size() {
    return size;
  }

  /** Stored batches, in order (copies). */
  synchronized List<byte[]> batches() {
    List<byte[]> out = new ArrayList<>(batches.size() - head);
    for (int i = head; i < batches.size(); i++) {
      out.add(batches.get(i).bytes());
    }
    return out;
  }

  /**
   * The stored batches that hold offsets at or after {@code offset}, up to about {@code maxBytes}
   * (at least one batch), or none. Their bytes never change: they may be read without the lock.
   */
  synchronized List<Slice> slices(long offset, int maxBytes) {
    int first = firstHolding(offset);
    int total = 0;
    int last = first;
    while (last < batches.size()
        && (last == first || total + batches.get(last).length() <= maxBytes)) {
      total += batches.get(last).length();
      last++;
    }
    return List.copyOf(batches.subList(first, last));
  }

  /** Index of the first batch that ends after {@code offset} (bases ascend: binary search). */
  private int firstHolding(long offset) {
    int lo = head;
    int hi = batches.size(); // the answer is in [lo, hi]
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (nextOf(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private long nextOf(int index) {
    return index + 1 < batches.size() ? batches.get(index + 1).base() : next;
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
