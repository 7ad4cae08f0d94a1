package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.ConsumerRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryTrackerTest {
  /** The offsets a stream stored, in the order it stored them: "partition:offset". */
  private static final class Recorded implements SinkOffsets {
    final List<String> commits = new ArrayList<>();

    @Override
    public synchronized void commit(int partition, long offset) {
      commits.add(partition + ":" + offset);
    }

    synchronized List<String> commits() {
      return List.copyOf(commits);
    }
  }

  private static ConsumerRecord record(int partition, long offset) {
    return new ConsumerRecord(
        offset,
        null,
        ("p" + partition + "o" + offset).getBytes(StandardCharsets.UTF_8),
        0,
        partition);
  }

  /** A stream over the records, then the end. */
  private static QueuedRecordStream stream(DeliveryTracker tracker, ConsumerRecord... records) {
    Iterator<ConsumerRecord> it = List.of(records).iterator();
    return new QueuedRecordStream(() -> it.hasNext() ? it.next() : null, () -> false, tracker);
  }

  @Test
  void manualStoresWhatTheSinkCommitsInEveryPartitionUpToThatRecord() throws Exception {
    Recorded offsets = new Recorded();
    QueuedRecordStream s =
        stream(
            new DeliveryTracker(DeliveryTracker.Strategy.MANUAL, offsets),
            record(0, 10),
            record(1, 4),
            record(0, 11),
            record(2, 7),
            record(1, 5));
    ConsumerRecord a = s.poll(Duration.ofSeconds(5));
    ConsumerRecord b = s.poll(Duration.ofSeconds(5));
    ConsumerRecord c = s.poll(Duration.ofSeconds(5));
    assertThat(offsets.commits())
        .as("asking for the next record stores nothing under manual")
        .isEmpty();
    s.commit(b);
    assertThat(offsets.commits()).containsExactlyInAnyOrder("0:10", "1:4");
    s.commit(a); // already covered by the commit of b
    assertThat(offsets.commits()).hasSize(2);
    ConsumerRecord d = s.poll(Duration.ofSeconds(5));
    s.poll(Duration.ofSeconds(5));
    s.commit(d);
    assertThat(offsets.commits()).containsExactlyInAnyOrder("0:10", "1:4", "0:11", "2:7");
    assertThat(c.offset()).isEqualTo(11);
  }

  @Test
  void manualIgnoresARecordTheStreamDidNotHandOut() throws Exception {
    Recorded offsets = new Recorded();
    QueuedRecordStream s =
        stream(
            new DeliveryTracker(DeliveryTracker.Strategy.MANUAL, offsets),
            record(0, 1),
            record(0, 2));
    s.poll(Duration.ofSeconds(5));
    s.commit(record(0, 2)); // not handed out yet: committing it would skip it on a restart
    s.commit(record(3, 99));
    assertThat(offsets.commits()).isEmpty();
  }

  @Test
  void autoStoresARecordOnceTheSinkAsksForTheNextOne() throws Exception {
    Recorded offsets = new Recorded();
    QueuedRecordStream s =
        stream(
            new DeliveryTracker(DeliveryTracker.Strategy.AUTO, offsets),
            record(0, 1),
            record(1, 1),
            record(0, 2));
    s.poll(Duration.ofSeconds(5));
    assertThat(offsets.commits()).as("the first record is still being handled").isEmpty();
    s.poll(Duration.ofSeconds(5));
    assertThat(offsets.commits()).containsExactly("0:1");
    s.poll(Duration.ofSeconds(5));
    assertThat(offsets.commits()).containsExactly("0:1", "1:1");
    assertThat(s.poll(Duration.ofSeconds(5))).as("the end").isNull();
    assertThat(offsets.commits()).containsExactly("0:1", "1:1", "0:2");
  }

  @Test
  void noneStoresNothing() throws Exception {
    Recorded offsets = new Recorded();
    QueuedRecordStream s =
        stream(
            new DeliveryTracker(DeliveryTracker.Strategy.NONE, offsets),
            record(0, 1),
            record(0, 2));
    s.commit(s.poll(Duration.ofSeconds(5)));
    s.poll(Duration.ofSeconds(5));
    s.poll(Duration.ofSeconds(5));
    assertThat(offsets.commits()).isEmpty();
  }

  /** A stream over the records, then the end, once its reader has queued them all. */
  private static QueuedRecordStream queued(DeliveryTracker tracker, ConsumerRecord... records)
      throws Exception {
    QueuedRecordStream s = stream(tracker, records);
    QueuedRecordStreamTest.awaitQueued(s, records.length + 1);
    return s;
  }

  @Test
  void manualStoresUpToACommittedRecordOfABatchAndNothingBeyondIt() throws Exception {
    Recorded offsets = new Recorded();
    QueuedRecordStream s =
        queued(
            new DeliveryTracker(DeliveryTracker.Strategy.MANUAL, offsets),
            record(0, 10),
            record(1, 4),
            record(0, 11),
            record(1, 5),
            record(0, 12));
    List<ConsumerRecord> batch = new ArrayList<>();
    assertThat(s.poll(batch, 4, Duration.ofSeconds(5))).isEqualTo(4);
    s.commit(record(0, 12)); // not handed out: ignored
    assertThat(offsets.commits()).isEmpty();
    s.commit(batch.get(2));
    assertThat(offsets.commits()).containsExactlyInAnyOrder("0:11", "1:4");
    s.commit(batch.get(3));
    assertThat(offsets.commits()).containsExactlyInAnyOrder("0:11", "1:4", "1:5");
    assertThat(s.poll(batch, 4, Duration.ofSeconds(5))).isEqualTo(1);
    s.commit(batch.get(4));
    assertThat(offsets.commits()).containsExactlyInAnyOrder("0:11", "1:4", "1:5", "0:12");
  }

  @Test
  void autoStoresABatchOnceTheSinkAsksForTheNextRecords() throws Exception {
    Recorded offsets = new Recorded();
    QueuedRecordStream s =
        queued(
            new DeliveryTracker(DeliveryTracker.Strategy.AUTO, offsets),
            record(0, 1),
            record(1, 1),
            record(0, 2));
    List<ConsumerRecord> batch = new ArrayList<>();
    assertThat(s.poll(batch, 2, Duration.ofSeconds(5))).isEqualTo(2);
    assertThat(offsets.commits()).as("the batch is still being handled").isEmpty();
    assertThat(s.poll(batch, 2, Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(offsets.commits()).containsExactlyInAnyOrder("0:1", "1:1");
    assertThat(s.poll(batch, 2, Duration.ofSeconds(5))).as("the end").isZero();
    assertThat(offsets.commits()).containsExactlyInAnyOrder("0:1", "1:1", "0:2");
  }

  @Test
  void manualKeepsItsPlaceThroughThousandsOfPendingRecordsWrappingAround() {
    Recorded offsets = new Recorded();
    DeliveryTracker tracker = new DeliveryTracker(DeliveryTracker.Strategy.MANUAL, offsets);
    // Rounds of 700 records over two partitions, each committed up to its 500th when the next
    // round has come: the pending records wrap around the ring and make it grow past 1,024.
    List<ConsumerRecord> previous = List.of();
    long[] next = new long[2];
    List<String> expected = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      List<ConsumerRecord> batch = new ArrayList<>();
      for (int i = 0; i < 700 + 300 * round; i++) {
        int partition = i % 3 == 0 ? 1 : 0;
        batch.add(record(partition, next[partition]++));
      }
      tracker.delivered(batch);
      if (!previous.isEmpty()) {
        ConsumerRecord upTo = previous.get(499);
        tracker.commit(upTo);
        long[] last = {-1, -1};
        for (ConsumerRecord r : previous.subList(0, 500)) {
          last[r.partition()] = r.offset();
        }
        expected.add("0:" + last[0]);
        expected.add("1:" + last[1]);
        assertThat(offsets.commits()).containsExactlyInAnyOrderElementsOf(expected);
        tracker.commit(upTo); // again: changes nothing
        tracker.commit(record(0, next[0])); // not handed out: changes nothing
        assertThat(offsets.commits()).hasSize(expected.size());
      }
      previous = batch;
    }
    ConsumerRecord last = previous.get(previous.size() - 1);
    tracker.commit(new ConsumerRecord(last.offset(), null, last.value(), 0, last.partition()));
    assertThat(offsets.commits())
        .as("an equal record commits as the one handed out")
        .contains(last.partition() + ":" + last.offset(), "1:" + (next[1] - 1));
  }
}
