package io.tributary.cli;

import io.tributary.log.TributaryLoggerFinder;
import io.tributary.metrics.ConnectorMetrics;
import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.SmartModuleRuntimeException;
import io.tributary.smartmodule.SmartRecord;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Applies the SmartModule chain to a source's records before they reach the output. Records are
 * transformed in batches (one call per module per batch, much cheaper than one per record) when the
 * batch is full, on {@link #flush()}, or at the latest {@link #LINGER} after the batch's first
 * record (a background thread drains a lingering batch, so a slow source is not held back). When a
 * batch fails, it is run again one record at a time, so exactly the records before the failing one
 * are delivered: then the failing record is handed to {@code --on-record-error} ({@link Failures}):
 * dropped (discarded or dead-lettered), or the output is flushed and the error thrown (halt, the
 * default), after which every write fails.
 */
final class TransformingOutput implements RecordOutput {
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary.smartmodule");
  static final int BATCH = 256;
  static final Duration LINGER = Duration.ofMillis(50);

  private final SmartModuleChain chain;
  private final RecordOutput next;
  private final Failures failures;
  private final ConnectorMetrics metrics;
  private final List<SmartRecord> batch = new ArrayList<>(BATCH);
  private final ScheduledExecutorService lingerer;
  private long offset;
  private long firstAt;
  private SmartModuleRuntimeException failure;

  /** What happens to a record a SmartModule fails on. */
  interface Failures {
    /**
     * Whether the record is dropped (discarded or dead-lettered, logged); false halts: the output
     * is flushed and the error thrown.
     */
    boolean dropped(SmartRecord record, SmartModuleRuntimeException error) throws Exception;
  }

  TransformingOutput(
      SmartModuleChain chain, RecordOutput next, Failures failures, ConnectorMetrics metrics) {
    this.chain = chain;
    this.next = next;
    this.failures = failures;
    this.metrics = metrics;
    this.lingerer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tributary-smartmodule-linger");
              t.setDaemon(true);
              return t;
            });
    long period = LINGER.toMillis() / 2;
    lingerer.scheduleWithFixedDelay(this::drainLingering, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void write(byte[] key, byte[] value, long timestamp) throws Exception {
    checkNotFailed();
    if (batch.isEmpty()) {
      firstAt = System.nanoTime();
    }
    batch.add(new SmartRecord(offset++, key, value, timestamp));
    if (batch.size() >= BATCH) {
      drain();
    }
  }

  private synchronized void drainLingering() {
    if (failure != null || batch.isEmpty() || System.nanoTime() - firstAt < LINGER.toNanos()) {
      return;
    }
    try {
      drain();
      next.flush();
    } catch (SmartModuleRuntimeException e) {
      // Kept in `failure`: the next write or flush reports it.
    } catch (Exception e) {
      LOG.log(Level.ERROR, "could not deliver transformed records: " + e.getMessage());
    }
  }

  @Override
  public synchronized void flush() throws Exception {
    if (failure == null) {
      drain();
    }
    next.flush();
    checkNotFailed();
  }

  /** The error that stopped the output, or {@code null}. */
  synchronized SmartModuleRuntimeException failure() {
    return failure;
  }

  private void drain() throws Exception {
    if (batch.isEmpty()) {
      return;
    }
    List<SmartRecord> records = List.copyOf(batch);
    batch.clear();
    try {
      deliver(timed(records, true));
    } catch (SmartModuleRuntimeException e) {
      for (SmartRecord record : records) {
        if (!one(record)) {
          return;
        }
      }
    }
  }

  /** Transforms one record; false when it failed fatally. */
  private boolean one(SmartRecord record) throws Exception {
    try {
      deliver(timed(List.of(record), false));
      return true;
    } catch (SmartModuleRuntimeException e) {
      metrics.smartModuleErrors.increment();
      if (failures.dropped(record, e)) {
        return true;
      }
      failure = e;
      next.flush();
      throw e;
    }
  }

  /** Runs the chain over a batch (or one record again), counting calls, time and records. */
  private List<SmartRecord> timed(List<SmartRecord> records, boolean batch) {
    // records in are counted once, before the chain runs: not again when a failed batch is run
    // again record by record
    if (batch) {
      long bytes = 0;
      for (SmartRecord r : records) {
        bytes += r.value().length + (r.keyOrNull() == null ? 0 : r.keyOrNull().length);
      }
      metrics.smartModuleRecordsIn.add(records.size());
      metrics.smartModuleBytesIn.add(bytes);
    }
    long start = System.nanoTime();
    try {
      List<SmartRecord> out = batch ? chain.applyAll(records) : chain.apply(records.get(0));
      metrics.smartModuleRecordsOut.add(out.size());
      return out;
    } finally {
      metrics.smartModuleCalls.increment();
      metrics.smartModuleNanos.add(System.nanoTime() - start);
    }
  }

  private void deliver(List<SmartRecord> records) throws Exception {
    for (SmartRecord r : records) {
      next.write(r.keyOrNull(), r.value(), r.timestampMillis());
    }
  }

  private void checkNotFailed() {
    if (failure != null) {
      throw new IllegalStateException(
          "the SmartModule chain failed: " + failure.getMessage(), failure);
    }
  }

  /** Stops the background drain (what is still buffered is delivered by {@link #flush()}). */
  void stopLingering() {
    lingerer.shutdownNow();
  }

  @Override
  public void close() throws Exception {
    stopLingering();
    try {
      flush();
    } finally {
      chain.close();
    }
  }
}
