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
    List<Object> script =
        new ArrayList<>(List.of(record(0), new IllegalStateException("bad line")));
    QueuedRecordStream stream =
        new QueuedRecordStream(
            () -> {
              Object next = script.remove(0);
              if (next instanceof RuntimeException e) {
                throw e;
              }
              return (ConsumerRecord) next;
            },
            () -> false);
    assertThat(stream.poll(Duration.ofSeconds(5)).offset()).isZero();
    assertThatThrownBy(() -> stream.poll(Duration.ofSeconds(5))).hasMessage("bad line");
    assertThat(stream.isEnded()).isTrue();
  }
}
