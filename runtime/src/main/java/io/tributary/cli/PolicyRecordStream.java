package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.RecordException;
import io.tributary.RecordStream;
import io.tributary.metrics.ConnectorMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The stream a sink is given: the runtime's records, counted as they are handed out, with {@link
 * #failed} applying {@code --on-record-error} (once: a record let go stays let go), and a record to
 * hand out again first when a sink that threw a {@link RecordException} is run again to retry it.
 */
final class PolicyRecordStream implements RecordStream {
  private static final Duration STEP = Duration.ofMillis(100);

  private final RecordStream records;
  private final RecordPolicy policy;
  private final ConnectorMetrics metrics;
  private final Function<ConsumerRecord, DeadLetters.Origin> origin;
  private final LetGoRecords letGo = new LetGoRecords();
  private ConsumerRecord again;

  /** The records of one {@link #poll(Collection, int, Duration)}, before they are counted. */
  private final List<ConsumerRecord> run = new ArrayList<>();

  PolicyRecordStream(
      RecordStream records,
      RecordPolicy policy,
      ConnectorMetrics metrics,
      Function<ConsumerRecord, DeadLetters.Origin> origin) {
    this.records = records;
    this.policy = policy;
    this.metrics = metrics;
    this.origin = origin;
  }

  /** Hands {@code record} out again before any other. */
  synchronized void redeliver(ConsumerRecord record) {
    again = record;
  }

  @Override
  public ConsumerRecord poll(Duration timeout) throws InterruptedException {
    synchronized (this) {
      if (again != null) {
        ConsumerRecord r = again;
        again = null;
        return r;
      }
    }
    ConsumerRecord r = records.poll(timeout);
    if (r != null) {
      metrics.recordsOut.increment();
      metrics.bytesOut.add(bytes(r));
    }
    return r;
  }

  /** As {@link #poll(Duration)}, a run of records at a time, counted in one step. */
  @Override
  public int poll(Collection<? super ConsumerRecord> into, int max, Duration timeout)
      throws InterruptedException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    synchronized (this) {
      if (again != null) {
        into.add(again);
        again = null;
        return 1;
      }
    }
    try {
      records.poll(run, max, timeout);
      return run.size();
    } finally { // also the records added before an input error
      handOut(into);
    }
  }

  private void handOut(Collection<? super ConsumerRecord> into) {
    if (run.isEmpty()) {
      return;
    }
    long bytes = 0;
    for (int i = 0; i < run.size(); i++) {
      bytes += bytes(run.get(i));
    }
    metrics.recordsOut.add(run.size());
    metrics.bytesOut.add(bytes);
    for (int i = 0; i < run.size(); i++) {
      into.add(run.get(i)); // not addAll: ArrayList.addAll copies its argument into a new array
    }
    run.clear();
  }

  /** The bytes a record counts in {@code bytesOut}: its key and value. */
  private static long bytes(ConsumerRecord r) {
    return r.value().length + (r.key() == null ? 0 : r.key().length);
  }

  @Override
  public synchronized boolean isEnded() {
    return again == null && records.isEnded();
  }

  @Override
  public void commit(ConsumerRecord record) {
    records.commit(record);
    letGo.committed(record);
  }

  /**
   * Applies the policy; a record it has let go already (a sink writing its batch again after a lost
   * connection) is let go again at once: not counted, retried or dead-lettered twice.
   */
  @Override
  public boolean failed(RecordException error) throws InterruptedException {
    if (letGo.contains(error.record())) {
      return false;
    }
    boolean again = policy.failed(error, RecordPolicy.Stage.SINK, origin.apply(error.record()));
    if (!again) {
      letGo.add(error.record());
    }
    return again;
  }

  @Override
  public Iterator<ConsumerRecord> iterator() {
    return new TakingIterator(
        () -> {
          try {
            ConsumerRecord next = null;
            while (next == null && !isEnded()) {
              next = poll(STEP);
            }
            return next;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
          }
        });
  }
}
