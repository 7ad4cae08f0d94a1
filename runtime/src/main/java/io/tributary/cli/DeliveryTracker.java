package io.tributary.cli;

import io.tributary.ConsumerRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a sink does into stored offsets, per {@code --offset-strategy}: under {@code manual} a
 * {@link io.tributary.RecordStream#commit commit(record)} marks every record handed out up to and
 * including that one, in every partition; under {@code auto} asking for the next record marks every
 * record handed out before; under {@code none} nothing is marked.
 */
final class DeliveryTracker {
  /** The offset strategy. */
  enum Strategy {
    NONE,
    MANUAL,
    AUTO
  }

  private final Strategy strategy;
  private final SinkOffsets offsets;

  /**
   * The records handed to the sink and not committed yet, in order (under {@code manual}): a ring
   * of {@code count} records from {@code head}, with each one's partition and offset beside it, so
   * that a commit looks for its record and sums up the ones before it without reading them.
   */
  private ConsumerRecord[] pending = new ConsumerRecord[1024];

  private int[] partitionOf = new int[1024];
  private long[] offsetOf = new long[1024];
  private int head;
  private int count;

  private final Map<Integer, Long> handedOut = new HashMap<>();
  private final Map<Integer, Long> committed = new HashMap<>();

  DeliveryTracker(Strategy strategy, SinkOffsets offsets) {
    this.strategy = strategy;
    this.offsets = offsets;
  }

  /** Tracks nothing. */
  static DeliveryTracker none() {
    return new DeliveryTracker(Strategy.NONE, SinkOffsets.NONE);
  }

  /** The sink asks for the next record: under {@code auto}, all handed out so far are done. */
  synchronized void nextRequested() {
    if (strategy == Strategy.AUTO) {
      handedOut.forEach(this::mark);
    }
  }

  /** A record goes to the sink. */
  synchronized void delivered(ConsumerRecord record) {
    switch (strategy) {
      case AUTO -> handedOut.merge(record.partition(), record.offset(), Math::max);
      case MANUAL -> add(record);
      case NONE -> {}
    }
  }

  /** Records go to the sink, in order: as {@link #delivered(ConsumerRecord)} for each. */
  synchronized void delivered(List<ConsumerRecord> records) {
    for (int i = 0; i < records.size(); i++) {
      delivered(records.get(i));
    }
  }

  /**
   * The sink has durably handled {@code record} and every record before it. A record the stream did
   * not hand out (or already committed) changes nothing.
   */
  synchronized void commit(ConsumerRecord record) {
    if (strategy == Strategy.NONE) {
      return;
    }
    if (strategy == Strategy.AUTO) {
      mark(record.partition(), record.offset());
      return;
    }
    int found = indexOf(record);
    if (found < 0) {
      return;
    }
    Map<Integer, Long> upTo = new HashMap<>();
    int run = -1; // the partition of the run of records being looked at, and its largest offset
    long runMax = -1;
    int mask = pending.length - 1;
    for (int i = 0; i <= found; i++) {
      int at = (head + i) & mask;
      int partition = partitionOf[at];
      long offset = offsetOf[at];
      if (partition != run) {
        if (run >= 0) {
          upTo.merge(run, runMax, Math::max);
        }
        run = partition;
        runMax = offset;
      } else {
        runMax = Math.max(runMax, offset);
      }
      pending[at] = null;
    }
    head = (head + found + 1) & mask;
    count -= found + 1;
    if (run >= 0) {
      upTo.merge(run, runMax, Math::max);
    }
    upTo.forEach(this::mark);
  }

  /** Appends a record handed out, growing the ring when it is full. */
  private void add(ConsumerRecord record) {
    if (count == pending.length) {
      int n = pending.length;
      ConsumerRecord[] records = new ConsumerRecord[2 * n];
      int[] parts = new int[2 * n];
      long[] offs = new long[2 * n];
      for (int i = 0; i < n; i++) {
        int at = (head + i) & (n - 1);
        records[i] = pending[at];
        parts[i] = partitionOf[at];
        offs[i] = offsetOf[at];
      }
      pending = records;
      partitionOf = parts;
      offsetOf = offs;
      head = 0;
    }
    int at = (head + count) & (pending.length - 1);
    pending[at] = record;
    partitionOf[at] = record.partition();
    offsetOf[at] = record.offset();
    count++;
  }

  /**
   * Where the first pending record that is {@code record} (or equal to it) stands, counted from the
   * oldest; -1 when it is not pending.
   */
  private int indexOf(ConsumerRecord record) {
    int mask = pending.length - 1;
    int partition = record.partition();
    long offset = record.offset();
    for (int i = 0; i < count; i++) {
      int at = (head + i) & mask;
      if (pending[at] == record
          || offsetOf[at] == offset && partitionOf[at] == partition && pending[at].equals(record)) {
        return i;
      }
    }
    return -1;
  }

  private void mark(int partition, long offset) {
    Long before = committed.get(partition);
    if (before == null || offset > before) {
      committed.put(partition, offset);
      offsets.commit(partition, offset);
    }
  }
}
