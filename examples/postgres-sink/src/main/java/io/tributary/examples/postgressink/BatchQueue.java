package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import io.tributary.RecordStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Cuts a record stream into batches: at most {@code maxSize} records, and a batch is handed over
 * at the latest {@code linger} after its first record arrived, however quiet the stream. A
 * reader thread takes the records from the stream (which blocks while the topic is quiet).
 *
 * <p>A stop request (an interrupt of the thread calling {@link #next}) ends the batches: the
 * records already taken from the stream are still handed over, nothing more is waited for.
 */
final class BatchQueue {
  /** What the reader hands over: a record, the end of the stream, or its failure. */
  private record Item(ConsumerRecord record, RuntimeException failure) {
    static final Item END = new Item(null, null);
  }

  private final BlockingQueue<Item> queue;
  private final int maxSize;
  private final Duration linger;
  private boolean ended;
  private boolean stopping;
  private RuntimeException failure;

  BatchQueue(RecordStream records, int maxSize, Duration linger) {
    this.queue = new LinkedBlockingQueue<>(maxSize);
    this.maxSize = maxSize;
    this.linger = linger;
    Thread reader = new Thread(() -> read(records), "postgres-sink-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(RecordStream records) {
    try {
      for (ConsumerRecord record : records) {
        queue.put(new Item(record, null));
      }
      queue.put(Item.END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      queue.add(new Item(null, e)); // room enough: the queue was not full, or put would block
    }
  }

  /**
   * The next batch; empty once the stream has ended or a stop was requested and every record
   * taken has been handed over. A failure of the stream is thrown after the records before it.
   */
  List<ConsumerRecord> next() {
    if (failure != null) {
      throw failure;
    }
    List<ConsumerRecord> batch = new ArrayList<>();
    if (ended) {
      return batch;
    }
    long deadline = 0;
    while (batch.size() < maxSize) {
      Item item;
      try {
        item = stopping ? queue.poll()
            : batch.isEmpty() ? queue.take()
            : queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        stopping = true;
        continue;
      }
      if (item == null) {
        break; // the linger time is over, or stopping and nothing more is queued
      }
      if (item == Item.END || item.failure() != null) {
        ended = true;
        failure = item.failure();
        break;
      }
      if (batch.isEmpty()) {
        deadline = System.nanoTime() + linger.toNanos();
      }
      batch.add(item.record());
    }
    if (stopping && batch.isEmpty()) {
      ended = true;
    }
    if (batch.isEmpty() && failure != null) {
      throw failure;
    }
    return batch;
  }
}
