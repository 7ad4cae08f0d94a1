package io.tributary.cli;

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
 * transformed in batches (one call per module per batch, much cheaper than one per record) when
 * the batch is full, on {@link #flush()}, or at the latest {@link #LINGER} after the batch's first
 * record (a background thread drains a lingering batch, so a slow source is not held back). When a batch fails, it is run again one record at a
 * time, so exactly the records before the failing one are delivered: then the failing record is
 * dropped with a warning ({@code --smartmodule-errors=skip}) or the output is flushed and the
 * error thrown (the default), after which every write fails.
 */
final class TransformingOutput implements RecordOutput {
  private static final Logger LOG = System.getLogger("tributary.smartmodule");
  static final int BATCH = 256;
  static final Duration LINGER = Duration.ofMillis(50);

  private final SmartModuleChain chain;
  private final RecordOutput next;
  private final boolean skipErrors;
  private final List<SmartRecord> batch = new ArrayList<>(BATCH);
  private final ScheduledExecutorService lingerer;
  private long offset;
  private long firstAt;
  private SmartModuleRuntimeException failure;

  TransformingOutput(SmartModuleChain chain, RecordOutput next, boolean skipErrors) {
    this.chain = chain;
    this.next = next;
    this.skipErrors = skipErrors;
    this.lingerer = Executors.newSingleThreadScheduledExecutor(r -> {
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
      deliver(chain.applyAll(records));
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
      deliver(chain.apply(record));
      return true;
    } catch (SmartModuleRuntimeException e) {
      if (skipErrors) {
        LOG.log(Level.WARNING, "skipping the record: " + e.getMessage());
        return true;
      }
      failure = e;
      next.flush();
      throw e;
    }
  }

  private void deliver(List<SmartRecord> records) throws Exception {
    for (SmartRecord r : records) {
      next.write(r.keyOrNull(), r.value(), r.timestampMillis());
    }
  }

  private void checkNotFailed() {
    if (failure != null) {
      throw new IllegalStateException("the SmartModule chain failed: " + failure.getMessage(),
          failure);
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
