package io.tributary.cli;

import io.tributary.ConsumerRecord;
import java.util.ArrayDeque;
import java.util.Deque;
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

  /** The records handed to the sink and not committed yet, in order (under {@code manual}). */
  private final Deque<ConsumerRecord> pending = new ArrayDeque<>();

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
      case MANUAL -> pending.add(record);
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
    if (!contains(record)) {
      return;
    }
    Map<Integer, Long> upTo = new HashMap<>();
    int run = -1; // the partition of the run of records being looked at, and its largest offset
    long runMax = -1;
    while (!pending.isEmpty()) {
      ConsumerRecord d = pending.poll();
      if (d.partition() != run) {
        if (run >= 0) {
          upTo.merge(run, runMax, Math::max);
        }
        run = d.partition();
        runMax = d.offset();
      } else {
        runMax = Math.max(runMax, d.offset());
      }
      if (d == record || d.equals(record)) { // equals compares the offset and partition first
        break;
      }
    }
    if (run >= 0) {
      upTo.merge(run, runMax, Math::max);
    }
    upTo.forEach(this::mark);
  }

  private boolean contains(ConsumerRecord record) {
    for (ConsumerRecord d : pending) {
      if (d == record) {
        return true;
      }
    }
    return pending.contains(record);
  }

  private void mark(int partition, long offset) {
    Long before = committed.get(partition);
    if (before == null || offset > before) {
      committed.put(partition, offset);
      offsets.commit(partition, offset);
    }
  }
}
