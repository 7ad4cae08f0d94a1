package io.tributary.examples.postgressink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.ConsumerRecord;
import io.tributary.RecordStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Batches from a stream fed by the test, as a quiet or busy topic would feed the sink. */
class BatchQueueTest {
  /** What the test feeds: a record, or END, or FAIL. */
  private final BlockingQueue<Object> feed = new LinkedBlockingQueue<>();

  private static final Object END = new Object();
  private static final RuntimeException FAIL = new IllegalStateException("bad input line");

  /** A stream over the feed, honouring poll's timeout as the runtime's streams do. */
  private final RecordStream stream =
      new RecordStream() {
        private boolean ended;

        @Override
        public ConsumerRecord poll(Duration timeout) throws InterruptedException {
          if (ended) {
            return null;
          }
          Object next = feed.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
          if (next == FAIL) {
            ended = true;
            throw FAIL;
          }
          if (next == END) {
            ended = true;
            return null;
          }
          return (ConsumerRecord) next;
        }

        @Override
        public boolean isEnded() {
          return ended;
        }

        @Override
        public Iterator<ConsumerRecord> iterator() {
          throw new UnsupportedOperationException("BatchQueue polls");
        }
      };

  private void feed(long... offsets) {
    for (long o : offsets) {
      feed.add(new ConsumerRecord(o, null, ("r" + o).getBytes(StandardCharsets.UTF_8), 0));
    }
  }

  private static List<Long> offsets(List<ConsumerRecord> batch) {
    return batch.stream().map(ConsumerRecord::offset).toList();
  }

  @Test
  void fullBatchesThenTheRestAtTheEnd() {
    BatchQueue queue = new BatchQueue(stream, 3, Duration.ofSeconds(30));
    feed(0, 1, 2, 3, 4, 5, 6);
    feed.add(END);

    assertThat(offsets(queue.next())).containsExactly(0L, 1L, 2L);
    assertThat(offsets(queue.next())).containsExactly(3L, 4L, 5L);
    assertThat(offsets(queue.next())).containsExactly(6L);
    assertThat(queue.next()).isEmpty();
    assertThat(queue.next()).isEmpty();
  }

  @Test
  void aHaltEndsTheBatchInProgressAndTheWaitOnAQuietStream() {
    AtomicBoolean halted = new AtomicBoolean();
    BatchQueue queue = new BatchQueue(stream, 3, Duration.ofSeconds(30), halted::get);
    feed(0, 1, 2, 3);
    assertThat(offsets(queue.next())).containsExactly(0L, 1L, 2L);
    halted.set(true);
    assertThat(offsets(queue.next())).isEmpty(); // record 3 is not taken
    assertThat(feed).hasSize(1);
    // halted while waiting on a quiet stream: the wait ends without a record (else it is endless)
    feed.clear();
    AtomicBoolean later = new AtomicBoolean();
    BatchQueue waiting = new BatchQueue(stream, 3, Duration.ofSeconds(30), later::get);
    new Thread(() -> later.set(true)).start();
    assertThat(waiting.next()).isEmpty();
  }

  @Test
  void aQuietStreamHandsOverAnIncompleteBatchAfterTheLingerTime() {
    BatchQueue queue = new BatchQueue(stream, 100, Duration.ofMillis(200));
    feed(0, 1);
    long start = System.nanoTime();

    assertThat(offsets(queue.next())).containsExactly(0L, 1L);
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(waitedMillis).isBetween(150L, 10_000L);
  }

  @Test
  void aFailureComesAfterTheRecordsBeforeIt() {
    BatchQueue queue = new BatchQueue(stream, 10, Duration.ofSeconds(30));
    feed(0, 1);
    feed.add(FAIL);

    assertThat(offsets(queue.next())).containsExactly(0L, 1L);
    assertThatThrownBy(queue::next).isSameAs(FAIL);
  }

  @Test
  void aStopHandsOverWhatWasTakenThenEnds() throws Exception {
    BatchQueue queue = new BatchQueue(stream, 10, Duration.ofSeconds(30));
    feed(0, 1, 2);
    Thread caller = Thread.currentThread();
    Thread stopper =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                return;
              }
              caller.interrupt(); // what SIGTERM does to the connector's thread
            });
    stopper.start();

    assertThat(offsets(queue.next())).containsExactly(0L, 1L, 2L); // cut short by the stop
    assertThat(queue.next()).isEmpty();
    stopper.join();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
