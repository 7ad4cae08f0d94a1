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
   * Tells the runtime that {@code record}, and every record this stream handed out before it (in
   * every partition), has been written durably. Under {@code --offset-strategy manual} (the
   * default, with {@code --consumer-id}, for a sink whose {@link Sink#commitsOffsets()} is true)
   * that is what the cluster stores, at once, and where a restart resumes; under {@code auto} a
   * record counts as done once the sink asks for the next one anyway, and without a consumer id
   * nothing is stored. Safe to call from any thread; a record not handed out yet is ignored. See
   * docs/delivery.md.
   */
  default void commit(ConsumerRecord record) {}
}
