package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import io.tributary.RecordStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Cuts a record stream into batches: at most {@code maxSize} records, and a batch is handed over at
 * the latest {@code linger} after its first record arrived, however quiet the stream ({@link
 * RecordStream#poll(java.util.Collection, int, Duration)} waits at most that long).
 *
 * <p>A stop request (an interrupt of the thread calling {@link #next}) ends the batches: the
 * records already taken from the stream are still handed over, nothing more is waited for. A
 * failure of the stream (a bad input line, a SmartModule error) is thrown after the records before
 * it have been handed over.
 */
final class BatchQueue {
  private static final Duration IDLE = Duration.ofSeconds(1);

  private final RecordStream records;
  private final int maxSize;
  private final Duration linger;
  private final BooleanSupplier halted;
  private boolean stopping;
  private RuntimeException failure;

  BatchQueue(RecordStream records, int maxSize, Duration linger) {
    this(records, maxSize, linger, () -> false);
  }

  /**
   * A queue that also ends the batch in progress (handing it over as it is) once {@code halted}
   * says so, looked at between records and at least every second while the stream is quiet: so a
   * failure elsewhere (the writer of an earlier batch) is seen without waiting for a record.
   */
  BatchQueue(RecordStream records, int maxSize, Duration linger, BooleanSupplier halted) {
    this.records = records;
    this.maxSize = maxSize;
    this.linger = linger;
    this.halted = halted;
  }

  /**
   * The next batch; empty once the stream has ended, a stop was requested, or it halted. Records
   * are taken a run at a time ({@link RecordStream#poll(java.util.Collection, int, Duration)}), so
   * the runtime's stream is called once per run of records, not once per record.
   */
  List<ConsumerRecord> next() {
    if (failure != null) {
      throw failure;
    }
    List<ConsumerRecord> batch = new ArrayList<>(Math.min(maxSize, 1 << 16));
    long deadline = Long.MAX_VALUE;
    while (batch.size() < maxSize && !stopping && !records.isEnded() && !halted.getAsBoolean()) {
      boolean first = batch.isEmpty();
      Duration wait = first ? IDLE : Duration.ofNanos(deadline - System.nanoTime());
      if (wait.isNegative() || wait.isZero()) {
        break; // the linger time is over
      }
      int added;
      try {
        added = records.poll(batch, maxSize - batch.size(), wait);
      } catch (InterruptedException e) {
        stopping = true;
        break;
      } catch (RuntimeException e) {
        failure = e;
        break;
      }
      if (first && added > 0) {
        deadline = System.nanoTime() + linger.toNanos();
      }
    }
    if (batch.isEmpty() && failure != null) {
      throw failure;
    }
    return batch;
  }
}
