package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * A sink's records from its topic's partitions, and where its progress is stored. The consumer is
 * not thread-safe, so every use of it holds one lock: the reader thread of
 * {@link QueuedRecordStream} polls it, and a flusher thread hands it the offsets the sink
 * committed (from the sink's own thread, through {@link #offsets()}) and flushes them to the
 * cluster: at once after a commit when {@code eager} (manual: so a crash replays as little as
 * possible), else every {@code --offset-flush}; {@link #close()} flushes a last time.
 */
final class ClusterRecordStream {
  private static final Logger LOG = System.getLogger("tributary");
  private static final Duration POLL = Duration.ofMillis(200);
  private static final long CHECK_MILLIS = 100;

  private final FluvioConsumer consumer;
  private final BooleanSupplier stopping;
  private final boolean managed;
  private final boolean eager;
  private final long flushNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<ConsumerRecord> ready = new ArrayDeque<>();
  private final Map<Integer, Long> toCommit = new ConcurrentHashMap<>();
  private final Object signal = new Object();
  private final Thread flusher;
  private volatile boolean closed;
  private volatile RuntimeException flushFailure;
  private long lastFlush = System.nanoTime();
  private boolean dirty;

  /**
   * @param managed whether offsets are stored (a consumer id and a strategy other than none)
   * @param eager whether a commit is flushed at once
   * @param flushPeriod how often committed offsets are flushed otherwise
   */
  ClusterRecordStream(FluvioConsumer consumer, BooleanSupplier stopping, boolean managed,
      boolean eager, Duration flushPeriod) {
    this.consumer = consumer;
    this.stopping = stopping;
    this.managed = managed;
    this.eager = eager;
    this.flushNanos = flushPeriod.toNanos();
    this.flusher = new Thread(this::flushLoop, "tributary-offsets");
    flusher.setDaemon(true);
    if (managed) {
      flusher.start();
    }
  }

  /** Where the sink's commits go. */
  SinkOffsets offsets() {
    if (!managed) {
      return SinkOffsets.NONE;
    }
    return (partition, offset) -> {
      toCommit.merge(partition, offset, Math::max);
      if (eager) {
        synchronized (signal) {
          signal.notifyAll();
        }
      }
    };
  }

  /** The next record, or {@code null} once asked to stop. */
  ConsumerRecord next() {
    while (ready.isEmpty()) {
      RuntimeException failure = flushFailure;
      if (failure != null) {
        throw failure;
      }
      if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
        return null;
      }
      List<ConsumedRecord> polled;
      lock.lock();
      try {
        polled = consumer.poll(POLL);
      } finally {
        lock.unlock();
      }
      for (ConsumedRecord r : polled) {
        ready.add(new ConsumerRecord(r.offset(), r.key(), r.value(), r.timestamp(),
            r.partition()));
      }
    }
    return ready.poll();
  }

  private void flushLoop() {
    while (!closed) {
      synchronized (signal) {
        try {
          signal.wait(CHECK_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
      try {
        storeProgress(false);
      } catch (RuntimeException e) {
        flushFailure = e; // the sink learns of it at its next record; close() tries again
        return;
      }
    }
  }

  /** Hands the sink's commits to the consumer, and flushes when due (or {@code force}). */
  private void storeProgress(boolean force) {
    if (!managed) {
      return;
    }
    lock.lock();
    try {
      for (Integer partition : toCommit.keySet()) {
        Long offset = toCommit.remove(partition);
        if (offset != null) {
          consumer.commit(partition, offset);
          dirty = true;
        }
      }
      long now = System.nanoTime();
      if (dirty && (force || eager || now - lastFlush >= flushNanos)) {
        consumer.flush();
        dirty = false;
        lastFlush = now;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stores what the sink committed, then closes the consumer. Call once the reader thread has
   * stopped.
   *
   * @throws FluvioException when the last offsets cannot be stored
   */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    // A stop request interrupts the main thread: that must not abort storing the offsets.
    boolean interrupted = Thread.interrupted();
    flusher.interrupt();
    try {
      flusher.join(TimeUnit.SECONDS.toMillis(5));
      storeProgress(true);
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      consumer.close();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    LOG.log(Level.DEBUG, "closed the consumer of " + consumer.topic());
  }
}
