package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.RecordStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A sink's {@link RecordStream}: a reader thread takes records from the input (standard input in a
 * dry run, else the topic, through the SmartModule chain) into a small queue, so the sink can wait
 * with a timeout, and a stop request ends the stream at once even while the reader is blocked (a
 * read of standard input cannot be interrupted). An input error (a bad line, a SmartModule failure)
 * is thrown to the sink when it reaches that point of the stream.
 */
final class QueuedRecordStream implements RecordStream {
  private static final Object END = new Object();
  private static final long STEP_MILLIS = 100;

  private static final int CAPACITY = 256;

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);

  /** Where the reader waits, once the queue is full, for it to be half empty. */
  private final Object room = new Object();

  private volatile boolean readerWaiting;
  private final BooleanSupplier stopping;
  private final Thread reader;
  private final DeliveryTracker tracker;
  private boolean ended;
  private long delivered;

  /** An input error taken from the queue behind a run of records: the next poll throws it. */
  private RuntimeException failure;

  /** Reused by {@link #poll(Collection, int, Duration)}. */
  private final List<Object> drained = new ArrayList<>();

  private final List<ConsumerRecord> taken = new ArrayList<>();

  QueuedRecordStream(Supplier<ConsumerRecord> input, BooleanSupplier stopping) {
    this(input, stopping, DeliveryTracker.none());
  }

  /**
   * A stream whose commits (and, under {@code auto}, requests for the next record) go to {@code
   * tracker}.
   */
  QueuedRecordStream(
      Supplier<ConsumerRecord> input, BooleanSupplier stopping, DeliveryTracker tracker) {
    this.stopping = stopping;
    this.tracker = tracker;
    this.reader = new Thread(() -> read(input), "tributary-records");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(Supplier<ConsumerRecord> input) {
    Object last = END;
    try {
      for (ConsumerRecord r; (r = input.get()) != null; ) {
        if (!queue.offer(r)) {
          awaitRoom();
          queue.put(r);
        }
      }
    } catch (InterruptedException e) {
      return;
    } catch (RuntimeException e) {
      last = e;
    }
    try {
      queue.put(last);
    } catch (InterruptedException e) {
      // Closing: nobody reads any more.
    }
  }

  /**
   * Waits until the full queue is half empty: the reader then refills it in a run, rather than
   * being woken by every record the sink takes (a thread switch per record).
   */
  private void awaitRoom() throws InterruptedException {
    synchronized (room) {
      readerWaiting = true;
      try {
        while (queue.size() > CAPACITY / 2) {
          room.wait();
        }
      } finally {
        readerWaiting = false;
      }
    }
  }

  /** Wakes the reader once the queue it waits on is half empty. */
  private void madeRoom() {
    if (readerWaiting && queue.size() <= CAPACITY / 2) {
      synchronized (room) {
        room.notifyAll();
      }
    }
  }

  /** How many items (records, and the end or an input error) wait in the queue. */
  int queued() {
    return queue.size();
  }

  /** How many records the sink has taken so far. */
  synchronized long delivered() {
    return delivered;
  }

  @Override
  public synchronized ConsumerRecord poll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    tracker.nextRequested();
    while (!ended) {
      if (stopping.getAsBoolean()) {
        ended = true;
        break;
      }
      if (failure != null) {
        ended = true;
        throw failure;
      }
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      Object item = queue.poll(Math.max(0, Math.min(left, STEP_MILLIS)), TimeUnit.MILLISECONDS);
      if (item instanceof ConsumerRecord record) {
        madeRoom();
        delivered++;
        tracker.delivered(record);
        return record;
      }
      if (item == END) {
        ended = true;
      } else if (item instanceof RuntimeException e) {
        ended = true;
        throw e;
      } else if (left <= 0) {
        return null;
      }
    }
    return null;
  }

  /**
   * Takes the first record as {@link #poll(Duration)} does, then the records queued behind it in
   * one step (one lock of the queue, one call of the tracker); an input error met behind them is
   * thrown by the next call.
   */
  @Override
  public synchronized int poll(Collection<? super ConsumerRecord> into, int max, Duration timeout)
      throws InterruptedException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    ConsumerRecord first = poll(timeout);
    if (first == null) {
      return 0;
    }
    taken.clear();
    taken.add(first);
    if (max > 1) {
      drained.clear();
      queue.drainTo(drained, max - 1);
      for (Object item : drained) {
        if (item instanceof ConsumerRecord record) {
          taken.add(record);
        } else if (item == END) {
          ended = true; // the last item the reader puts
        } else {
          failure = (RuntimeException) item; // thrown by the next poll, as the last item
        }
      }
      drained.clear();
      madeRoom();
    }
    int added = taken.size();
    delivered += added - 1; // the first was counted by poll
    tracker.delivered(taken.subList(1, added));
    into.addAll(taken);
    taken.clear();
    return added;
  }

  @Override
  public synchronized boolean isEnded() {
    return ended;
  }

  /** Takes the next record, waiting as long as it takes; {@code null} at the end. */
  private ConsumerRecord take() {
    try {
      ConsumerRecord r;
      do {
        r = poll(Duration.ofMillis(STEP_MILLIS));
      } while (r == null && !isEnded());
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      synchronized (this) {
        ended = true;
      }
      return null;
    }
  }

  @Override
  public Iterator<ConsumerRecord> iterator() {
    return new TakingIterator(this::take);
  }

  @Override
  public void commit(ConsumerRecord record) {
    tracker.commit(record);
  }

  /**
   * Stops the reader thread and waits a little for it to end (it may stay blocked in a read of
   * standard input, which ignores interrupts; it is a daemon).
   */
  void close() {
    reader.interrupt();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
