package io.tributary;

import java.time.Duration;
import java.util.Iterator;

/**
 * The records a sink consumes, in offset order, after the SmartModule chain. Iterating blocks
 * for the next record and ends when the stream ends (end of input in {@code --dry-run}) or the
 * runtime is asked to stop (SIGINT/SIGTERM). {@link #poll(Duration)} waits at most a given time,
 * for sinks that also act on a timer (flushing a batch after an interval, for instance).
 */
public interface RecordStream extends Iterable<ConsumerRecord> {
  /**
   * The next record, waiting at most {@code timeout}; {@code null} when none arrived in time or
   * the stream has ended (then {@link #isEnded()} is true). The runtime's streams honour the
   * timeout; the default, for simple test doubles, waits for the iterator.
   */
  default ConsumerRecord poll(Duration timeout) throws InterruptedException {
    Iterator<ConsumerRecord> records = iterator();
    return records.hasNext() ? records.next() : null;
  }

  /** Whether the stream has ended: no record will come any more. */
  default boolean isEnded() {
    return false;
  }

  /**
   * Tells the runtime that every record up to and including {@code record} has been written
   * durably. Sinks that write in transactions call this after each commit; calling it is
   * optional. The runtime does not store consumer offsets yet (a restarted sink starts again at
   * {@code --offset-start}), so today this has no effect; it marks where stored offsets will
   * advance.
   */
  default void commit(ConsumerRecord record) {}
}
