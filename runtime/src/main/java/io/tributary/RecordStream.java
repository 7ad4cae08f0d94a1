package io.tributary;

import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;

/**
 * The records a sink consumes, in offset order, after the SmartModule chain. Iterating blocks for
 * the next record and ends when the stream ends (end of input in {@code --dry-run}) or the runtime
 * is asked to stop (SIGINT/SIGTERM). {@link #poll(Duration)} waits at most a given time, for sinks
 * that also act on a timer (flushing a batch after an interval, for instance).
 */
public interface RecordStream extends Iterable<ConsumerRecord> {
  /**
   * The next record, waiting at most {@code timeout}; {@code null} when none arrived in time or the
   * stream has ended (then {@link #isEnded()} is true). The runtime's streams honour the timeout;
   * the default, for simple test doubles, waits for the iterator.
   */
  default ConsumerRecord poll(Duration timeout) throws InterruptedException {
    Iterator<ConsumerRecord> records = iterator();
    return records.hasNext() ? records.next() : null;
  }

  /**
   * Adds the next records to {@code into}, in order, as many as are ready and at most {@code max},
   * waiting at most {@code timeout} for the first; returns how many it added: 0 when none arrived
   * in time or the stream has ended (then {@link #isEnded()} is true). For sinks that write in
   * batches: the runtime's streams hand out a run of records in one step, where {@link
   * #poll(Duration)} costs a step per record. Each record added counts as handed out, exactly as if
   * {@link #poll(Duration)} had returned it ({@link #commit}, {@link #failed}); under {@code
   * --offset-strategy auto} the records of a call count as done once the sink calls again. An input
   * error (a bad line in a dry run, a SmartModule failure) is thrown when the stream reaches it,
   * the records before it already in {@code into} (added by this call or an earlier one). The
   * default calls {@link #poll(Duration)}: once with {@code timeout}, then with no wait while
   * records keep coming.
   *
   * @param into where the records go (a batch in the making)
   * @param max how many records to add at most; at least 1
   * @throws IllegalArgumentException when {@code max} is less than 1
   */
  default int poll(Collection<? super ConsumerRecord> into, int max, Duration timeout)
      throws InterruptedException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    int added = 0;
    for (ConsumerRecord r = poll(timeout); r != null; r = poll(Duration.ZERO)) {
      into.add(r);
      if (++added == max || isEnded()) {
        break;
      }
    }
    return added;
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

  /**
   * Reports a record the sink could not write and applies {@code --on-record-error} to it
   * (docs/record-errors.md), for sinks that keep state across records (a transaction with a
   * savepoint per record, a batch in progress) and so cannot simply throw {@code error}.
   *
   * <ul>
   *   <li>returns {@code true}: write the record again now — the policy is {@code retry}, the error
   *       is retriable, attempts are left, and the backoff has been waited;
   *   <li>returns {@code false}: the record is dealt with — discarded, or produced to the
   *       dead-letter topic — and the sink goes on with the next one;
   *   <li>throws {@code error}: the policy halts the connector ({@code halt}, or retries used up
   *       without a dead-letter topic); let it propagate out of {@link Sink#run}.
   * </ul>
   *
   * A record this stream has let go already returns {@code false} at once when reported again (a
   * sink that writes a batch again after losing its connection meets its rejected records again):
   * each rejected record reaches the dead-letter topic once.
   *
   * <p>Like {@link #commit}, safe to call from a thread other than the one polling (a sink that
   * writes its batches on a thread of its own), for one record at a time.
   *
   * <p>The default, for simple test doubles, always halts.
   *
   * @throws InterruptedException when asked to stop while waiting for the next attempt
   */
  default boolean failed(RecordException error) throws InterruptedException {
    throw error;
  }
}
