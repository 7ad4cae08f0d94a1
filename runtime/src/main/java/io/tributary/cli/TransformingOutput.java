package io.tributary.cli;

import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.SmartModuleRuntimeException;
import io.tributary.smartmodule.SmartRecord;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the SmartModule chain to a source's records before they reach the output. Records are
 * transformed in batches (one call per module per batch, much cheaper than one per record) when
 * the batch is full or on {@link #flush()}. When a batch fails, it is run again one record at a
 * time, so exactly the records before the failing one are delivered: then the failing record is
 * dropped with a warning ({@code --smartmodule-errors=skip}) or the output is flushed and the
 * error thrown (the default), after which every write fails.
 */
final class TransformingOutput implements RecordOutput {
  private static final Logger LOG = System.getLogger("tributary.smartmodule");
  static final int BATCH = 256;

  private final SmartModuleChain chain;
  private final RecordOutput next;
  private final boolean skipErrors;
  private final List<SmartRecord> batch = new ArrayList<>(BATCH);
  private long offset;
  private SmartModuleRuntimeException failure;

  TransformingOutput(SmartModuleChain chain, RecordOutput next, boolean skipErrors) {
    this.chain = chain;
    this.next = next;
    this.skipErrors = skipErrors;
  }

  @Override
  public synchronized void write(byte[] key, byte[] value, long timestamp) throws Exception {
    checkNotFailed();
    batch.add(new SmartRecord(offset++, key, value, timestamp));
    if (batch.size() >= BATCH) {
      drain();
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

  @Override
  public void close() throws Exception {
    try {
      flush();
    } finally {
      chain.close();
    }
  }
}
