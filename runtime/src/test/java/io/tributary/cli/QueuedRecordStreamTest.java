package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.ConsumerRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class QueuedRecordStreamTest {
  private static final ConsumerRecord DONE = new ConsumerRecord(-1, null, new byte[0], -1);

  private static ConsumerRecord record(long offset) {
    return new ConsumerRecord(offset, null, ("v" + offset).getBytes(StandardCharsets.UTF_8), 0);
  }

  /** An input fed by the test; DONE ends it. */
  private static final class Feed {
    final BlockingQueue<ConsumerRecord> items = new LinkedBlockingQueue<>();

    ConsumerRecord next() {
      try {
        ConsumerRecord r = items.take();
        return r == DONE ? null : r;
      } catch (InterruptedException e) {
        return null;
      }
    }
  }

  @Test
  void pollWaitsAtMostTheTimeoutThenDeliversInOrderUntilTheEnd() throws Exception {
    Feed feed = new Feed();
    QueuedRecordStream stream = new QueuedRecordStream(feed::next, () -> false);
    long start = System.nanoTime();
    assertThat(stream.poll(Duration.ofMillis(150))).isNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(140), Duration.ofSeconds(5));
    assertThat(stream.isEnded()).isFalse();
    feed.items.add(record(0));
    feed.items.add(record(1));
    feed.items.add(DONE);
    List<Long> offsets = new ArrayList<>();
    stream.forEach(r -> offsets.add(r.offset()));
    assertThat(offsets).containsExactly(0L, 1L);
    assertThat(stream.isEnded()).isTrue();
    assertThat(stream.poll(Duration.ofSeconds(5))).isNull();
  }

  @Test
  void aReaderWaitingOnAFullQueueRefillsItEveryRecordArrivesOnceInOrder() throws Exception {
    int count = 10_000; // many times the queue: the reader waits for room again and again
    long[] next = {0};
    QueuedRecordStream stream =
        new QueuedRecordStream(() -> next[0] < count ? record(next[0]++) : null, () -> false);
    List<Long> offsets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ConsumerRecord r = stream.poll(Duration.ofSeconds(30)); // a lost wake-up would end here
      assertThat(r).as("record %s", i).isNotNull();
      offsets.add(r.offset());
      if (i % 1000 == 0) {
        Thread.sleep(20); // let the reader fill the queue and wait for room
      }
    }
    assertThat(offsets).hasSize(count).isSorted().doesNotHaveDuplicates();
    assertThat(stream.poll(Duration.ofSeconds(5))).isNull();
    assertThat(stream.isEnded()).isTrue();
  }

  @Test
  void aStopRequestEndsTheStreamWhileTheInputIsBlocked() throws Exception {
    Feed feed = new Feed();
    AtomicBoolean stopping = new AtomicBoolean();
    QueuedRecordStream stream = new QueuedRecordStream(feed::next, stopping::get);
    Thread stopper =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                return;
              }
              stopping.set(true);
            });
    stopper.start();
    assertThat(stream.iterator().hasNext()).isFalse();
    assertThat(stream.isEnded()).isTrue();
    stream.close();
  }

  @Test
  void anInputErrorReachesTheSinkAfterTheRecordsBeforeIt() throws Exception {
    QueuedRecordStream stream = scripted(record(0), new IllegalStateException("bad line"));
    assertThat(stream.poll(Duration.ofSeconds(5)).offset()).isZero();
    assertThatThrownBy(() -> stream.poll(Duration.ofSeconds(5))).hasMessage("bad line");
    assertThat(stream.isEnded()).isTrue();
  }

  /** A stream of the items, in order: a record, or an input error thrown by the input. */
  private static QueuedRecordStream scripted(Object... items) {
    List<Object> script = new ArrayList<>(List.of(items));
    return new QueuedRecordStream(
        () -> {
          Object next = script.remove(0);
          if (next instanceof RuntimeException e) {
            throw e;
          }
          return (ConsumerRecord) next;
        },
        () -> false);
  }

  /** Waits until the reader has queued {@code items} items (records, the end, an error). */
  static void awaitQueued(QueuedRecordStream stream, int items) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (stream.queued() < items) {
      assertThat(System.nanoTime()).as("the reader queued %s items", items).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  @Test
  void aBatchPollHandsOutTheQueuedRecordsInOrderAtMostMaxThenTheEnd() throws Exception {
    Feed feed = new Feed();
    QueuedRecordStream stream = new QueuedRecordStream(feed::next, () -> false);
    List<ConsumerRecord> batch = new ArrayList<>();
    long start = System.nanoTime();
    assertThat(stream.poll(batch, 10, Duration.ofMillis(150))).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(140), Duration.ofSeconds(5));
    for (int i = 0; i < 5; i++) {
      feed.items.add(record(i));
    }
    feed.items.add(DONE);
    awaitQueued(stream, 6);
    assertThat(stream.poll(batch, 3, Duration.ofSeconds(5))).isEqualTo(3);
    assertThat(stream.isEnded()).isFalse();
    assertThat(stream.poll(batch, 10, Duration.ofSeconds(5))).isEqualTo(2);
    assertThat(batch).extracting(ConsumerRecord::offset).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(stream.isEnded()).as("the end was queued behind the last record").isTrue();
    assertThat(stream.delivered()).isEqualTo(5);
    assertThat(stream.poll(batch, 10, Duration.ofSeconds(5))).isZero();
    assertThat(batch).hasSize(5);
    assertThatThrownBy(() -> stream.poll(batch, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInputErrorBehindARunIsThrownByTheNextPollOnce() throws Exception {
    QueuedRecordStream stream =
        scripted(record(0), record(1), new IllegalStateException("bad line"));
    awaitQueued(stream, 3);
    List<ConsumerRecord> batch = new ArrayList<>();
    assertThat(stream.poll(batch, 100, Duration.ofSeconds(5))).isEqualTo(2);
    assertThat(stream.isEnded()).as("the error is still to be thrown").isFalse();
    assertThatThrownBy(() -> stream.poll(batch, 100, Duration.ofSeconds(5))).hasMessage("bad line");
    assertThat(stream.isEnded()).isTrue();
    assertThat(stream.poll(Duration.ofSeconds(5))).isNull();
    assertThat(batch).extracting(ConsumerRecord::offset).containsExactly(0L, 1L);
  }

  @Test
  void batchPollsTakeEveryRecordOnceInOrderWhileTheReaderRefillsTheQueue() throws Exception {
    int count = 10_000; // many times the queue
    long[] next = {0};
    QueuedRecordStream stream =
        new QueuedRecordStream(() -> next[0] < count ? record(next[0]++) : null, () -> false);
    List<ConsumerRecord> all = new ArrayList<>();
    while (!stream.isEnded()) {
      int before = all.size();
      int added = stream.poll(all, 1000, Duration.ofSeconds(30));
      assertThat(added).isBetween(0, 1000).isEqualTo(all.size() - before);
    }
    assertThat(all)
        .extracting(ConsumerRecord::offset)
        .hasSize(count)
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(stream.delivered()).isEqualTo(count);
  }

  /**
   * An input of {@code count} records that says the rest of each chunk of {@code chunk} records is
   * at hand (so the reader gathers runs), then fails with {@code failure} (or ends, if null).
   */
  private static RecordInput chunked(int count, int chunk, RuntimeException failure) {
    return new RecordInput() {
      long next;

      @Override
      public ConsumerRecord next() {
        if (next == count) {
          if (failure != null) {
            throw failure;
          }
          return null;
        }
        return record(next++);
      }

      @Override
      public boolean more() {
        return next < count && next % chunk != 0;
      }
    };
  }

  @Test
  void runsOfAnInputWithRecordsAtHandArriveWholeSplitOrOneAtATimeInOrder() throws Exception {
    int count = 6_000; // runs of at most 1024 records, chunks of 2500: runs end at either
    QueuedRecordStream stream =
        new QueuedRecordStream(chunked(count, 2500, null), () -> false, DeliveryTracker.none());
    // Each chunk of 2500 in runs of 1024, 1024 and 452; the last 1000 records in one; the end.
    awaitQueued(stream, 2 * 3 + 1 + 1);
    assertThat(stream.queued()).as("runs, not records, were queued").isEqualTo(8);
    List<ConsumerRecord> all = new ArrayList<>();
    all.add(stream.poll(Duration.ofSeconds(30))); // one record out of a run
    all.add(stream.poll(Duration.ofSeconds(30)));
    int[] sizes = {1, 7, 300, 1000, 2000};
    for (int i = 0; !stream.isEnded(); i++) {
      int before = all.size();
      int added = stream.poll(all, sizes[i % sizes.length], Duration.ofSeconds(30));
      assertThat(added).isBetween(0, sizes[i % sizes.length]).isEqualTo(all.size() - before);
    }
    assertThat(all).extracting(ConsumerRecord::offset).hasSize(count).isSorted();
    assertThat(all).extracting(ConsumerRecord::offset).doesNotHaveDuplicates();
    assertThat(stream.delivered()).isEqualTo(count);
  }

  @Test
  void anInputErrorBehindRunsIsThrownAfterTheirRecords() throws Exception {
    QueuedRecordStream stream =
        new QueuedRecordStream(
            chunked(2400, 3000, new IllegalStateException("bad line")),
            () -> false,
            DeliveryTracker.none());
    awaitQueued(stream, 4); // runs of 1024, 1024 and 352 records, then the error
    List<ConsumerRecord> batch = new ArrayList<>();
    assertThat(stream.poll(batch, 2000, Duration.ofSeconds(5))).isEqualTo(2000);
    assertThat(stream.poll(batch, 2000, Duration.ofSeconds(5))).isEqualTo(400);
    assertThat(stream.isEnded()).as("the error is still to be thrown").isFalse();
    assertThatThrownBy(() -> stream.poll(batch, 100, Duration.ofSeconds(5))).hasMessage("bad line");
    assertThat(stream.isEnded()).isTrue();
    assertThat(batch).extracting(ConsumerRecord::offset).hasSize(2400).isSorted();
  }
}
