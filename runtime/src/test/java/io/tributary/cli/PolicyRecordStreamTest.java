package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.ConsumerRecord;
import io.tributary.RecordException;
import io.tributary.cli.CommonSettings.RecordErrors;
import io.tributary.metrics.ConnectorMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record the policy let go stays let go when a sink reports it again (a batch written again). */
class PolicyRecordStreamTest {
  private final ConnectorMetrics metrics = new ConnectorMetrics("s", "1", List.of());
  private final PolicyRecordStream stream = discarding(java.util.Collections::emptyIterator);

  /** A stream over {@code input} whose policy discards a failed record. */
  private PolicyRecordStream discarding(io.tributary.RecordStream input) {
    return new PolicyRecordStream(
        input,
        new RecordPolicy(
            new RecordErrors(RecordErrors.Policy.DISCARD, 0, Duration.ofMillis(1), null),
            null,
            metrics),
        metrics,
        r -> new DeadLetters.Origin("in", r.partition(), r.offset()));
  }

  private static ConsumerRecord record(int partition, long offset, String value) {
    return new ConsumerRecord(offset, null, value.getBytes(StandardCharsets.UTF_8), 1, partition);
  }

  private boolean report(ConsumerRecord record) throws InterruptedException {
    return stream.failed(new RecordException(record, false, "rejected"));
  }

  private long dropped() {
    return (long) metrics.value("tributary_records_dropped_total", "cause", "sink-error");
  }

  @Test
  void aRecordReportedAgainIsLetGoAtOnceAndCountedOnce() throws Exception {
    ConsumerRecord bad = record(0, 7, "bad");
    assertThat(report(bad)).isFalse();
    assertThat(report(bad)).isFalse(); // the batch written again after a lost connection
    assertThat(dropped()).isEqualTo(1);
    assertThat(metrics.value("tributary_records_failed_total", "cause", "sink-error")).isEqualTo(1);
  }

  @Test
  void recordsWithTheSameOffsetAreEachLetGo() throws Exception {
    assertThat(report(record(0, 7, "split-1"))).isFalse(); // a SmartModule split one record
    assertThat(report(record(0, 7, "split-2"))).isFalse();
    assertThat(report(record(1, 7, "other partition"))).isFalse();
    assertThat(dropped()).isEqualTo(3);
  }

  @Test
  void aCommitForgetsTheLetGoRecordsOfItsPartitionUpToIt() throws Exception {
    ConsumerRecord first = record(0, 3, "bad");
    ConsumerRecord later = record(0, 9, "bad");
    ConsumerRecord elsewhere = record(1, 2, "bad");
    report(first);
    report(later);
    report(elsewhere);
    stream.commit(record(0, 5, "ok"));
    assertThat(report(later)).isFalse();
    assertThat(report(elsewhere)).isFalse();
    assertThat(dropped()).isEqualTo(3); // still known: not dropped again
    report(first); // forgotten: its batch was committed
    assertThat(dropped()).isEqualTo(4);
  }

  @Test
  void aBatchPollHandsOutARecordToRetryFirstThenCountsWhatItHandsOut() throws Exception {
    ConsumerRecord a = record(0, 1, "aa");
    ConsumerRecord b = record(0, 2, "bbb");
    java.util.Iterator<ConsumerRecord> input = List.of(a, b).iterator();
    PolicyRecordStream s = discarding(() -> input);
    ConsumerRecord retried = record(0, 0, "retry me");
    s.redeliver(retried);
    List<ConsumerRecord> batch = new java.util.ArrayList<>();
    assertThat(s.poll(batch, 10, Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(batch).containsExactly(retried);
    assertThat(s.poll(batch, 10, Duration.ofSeconds(1))).isEqualTo(2);
    assertThat(batch).containsExactly(retried, a, b);
    assertThat(metrics.recordsOut.get()).as("records out").isEqualTo(2);
    assertThat(metrics.bytesOut.get()).as("bytes out").isEqualTo(5);
  }
}
