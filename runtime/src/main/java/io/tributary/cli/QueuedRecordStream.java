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

/**
 * A sink's {@link RecordStream}: a reader thread takes records from the input (standard input in a
 * dry run, else the topic, through the SmartModule chain) into a small queue, so the sink can wait
 * with a timeout, and a stop request ends the stream at once even while the reader is blocked (a
 * read of standard input cannot be interrupted). An input error (a bad line, a SmartModule failure)
 * is thrown to the sink when it reaches that point of the stream.
 *
 * <p>The queue holds at most {@link #CAPACITY} items, each a record or a run of records (see {@link
 * #read}): at most 32 runs of up to 1024 records and about 64 KiB each, so about 2 MiB of small
 * records, or 32 records larger than a run's bytes. Small on purpose: the sink takes records the
 * reader made moments ago, while they are still in the processor's cache, and a young collection
 * has few of them to copy (a deep queue, always full behind a slower sink, made the sink read every
 * record back from memory and the collector copy megabytes of them at each pause).
 */
final class QueuedRecordStream implements RecordStream {
  private static final Object END = new Object();
  private static final long STEP_MILLIS = 100;

  /** The most items (records, or runs of records) in the queue. */
  private static final int CAPACITY = 32;

  /** The most records in a run. */
  private static final int RUN = 1024;

  /** A run ends once its records hold this many bytes. */
  private static final long RUN_BYTES = 64 * 1024;

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

  /** The run whose records are being handed out, if any: they come before anything queued. */
  private Run current;

  private final List<ConsumerRecord> taken = new ArrayList<>();

  QueuedRecordStream(RecordInput input, BooleanSupplier stopping) {
    this(input, stopping, DeliveryTracker.none());
  }

  /**
   * A stream of {@code input}, whose commits (and, under {@code auto}, requests for the next
   * record) go to {@code tracker}.
   */
  QueuedRecordStream(RecordInput input, BooleanSupplier stopping, DeliveryTracker tracker) {
    this.stopping = stopping;
    this.tracker = tracker;
    this.reader = new Thread(() -> read(input), "tributary-records");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Queues the input's records: one at a time while the input cannot say more are at hand, else in
   * runs (of at most {@link #RUN} records or about {@link #RUN_BYTES} bytes) put into the queue as
   * one item, so that the sink takes a run in one step and is woken once for it.
   */
  private void read(RecordInput input) {
    Object last = END;
    Run run = null;
    try {
      for (ConsumerRecord r; (r = input.next()) != null; ) {
        if (run == null && !input.more()) {
          put(r);
          continue;
        }
        if (run == null) {
          run = new Run();
        }
        run.add(r);
        if (run.full() || !input.more()) {
          put(run);
          run = null;
        }
      }
    } catch (InterruptedException e) {
      return;
    } catch (RuntimeException e) {
      last = e;
    }
    try {
      if (run != null) {
        put(run); // the records before the end or the error
      }
      queue.put(last);
    } catch (InterruptedException e) {
      // Closing: nobody reads any more.
    }
  }

  private void put(Object item) throws InterruptedException {
    if (!queue.offer(item)) {
      awaitRoom();
      queue.put(item);
    }
  }

  /** Records queued as one item, in order; taken from the front. */
  private static final class Run {
    final ConsumerRecord[] records = new ConsumerRecord[RUN];
    int size;
    int taken;
    private long bytes;

    void add(ConsumerRecord r) {
      records[size++] = r;
      bytes += r.value().length + (r.key() == null ? 0 : r.key().length);
    }

    boolean full() {
      return size == RUN || bytes >= RUN_BYTES;
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
      if (current != null) {
        ConsumerRecord record = current.records[current.taken];
        current.records[current.taken++] = null;
        if (current.taken == current.size) {
          current = null;
        }
        delivered++;
        tracker.delivered(record);
        return record;
      }
      if (failure != null) {
        ended = true;
        throw failure;
      }
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      Object item = queue.poll(Math.max(0, Math.min(left, STEP_MILLIS)), TimeUnit.MILLISECONDS);
      if (item instanceof Run run) {
        madeRoom();
        current = run; // its first record is handed out by the next turn of the loop
        continue;
      }
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
   * one step (one call of the tracker, a run of records at a time); an input error met behind them
   * is thrown by the next call.
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
    takeFromRun(max);
    boolean polled = false;
    while (taken.size() < max && current == null) {
      Object item = queue.poll();
      if (item == null) {
        break;
      }
      polled = true;
      if (item instanceof ConsumerRecord record) {
        taken.add(record);
      } else if (item instanceof Run run) {
        current = run;
        takeFromRun(max);
      } else if (item == END) {
        ended = true; // the last item the reader puts
      } else {
        failure = (RuntimeException) item; // thrown by the next poll, as the last item
      }
    }
    if (polled) {
      madeRoom();
    }
    int added = taken.size();
    delivered += added - 1; // the first was counted by poll
    tracker.delivered(taken.subList(1, added));
    for (int i = 0; i < added; i++) {
      into.add(taken.get(i)); // not addAll: ArrayList.addAll copies its argument into a new array
    }
    taken.clear();
    return added;
  }

  /** Moves records of the run being taken to {@link #taken}, up to {@code max} in all. */
  private void takeFromRun(int max) {
    Run run = current;
    if (run == null) {
      return;
    }
    int n = Math.min(run.size - run.taken, max - taken.size());
    for (int i = 0; i < n; i++) {
      taken.add(run.records[run.taken]);
      run.records[run.taken++] = null;
    }
    if (run.taken == run.size) {
      current = null;
    }
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
