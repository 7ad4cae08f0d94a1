package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.ConsumerConfig;
import io.tributary.fluvio.ConsumerOffset;
import io.tributary.fluvio.ConsumerOffsetException;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.OffsetStrategy;
import io.tributary.fluvio.UnknownTopicException;
import io.tributary.fluvio.protocol.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stored consumer offsets end to end: the Java consumer against the test cluster's consumer-offset
 * store. Each record is appended as its own batch and the consumers read one batch per response, so
 * what a poll hands out is exact.
 */
class ConsumerOffsetsTest {
  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();
  static FluvioClient client;
  static int topics;
  final String topic = "offsets-" + ++topics;

  @BeforeAll
  static void connect() {
    client = FluvioClient.connect(ClusterConfig.ofEndpoint(fluvio.endpoint()));
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  private void seed(int partitions, int perPartition) {
    fluvio.cluster().createTopic(topic, partitions);
    for (int p = 0; p < partitions; p++) {
      for (int i = 0; i < perPartition; i++) {
        append(p, "p" + p + "-" + i);
      }
    }
  }

  private long append(int partition, String value) {
    return fluvio.cluster().append(topic, partition, null, value.getBytes(UTF_8));
  }

  private static ConsumerConfig config(String id, OffsetStrategy strategy) {
    return ConsumerConfig.defaults()
        .withStart(Offset.beginning())
        .withMaxBytes(1)
        .withConsumerId(id)
        .withStrategy(strategy);
  }

  /** Polls until {@code count} records arrived (failing after 10 s). */
  private static List<ConsumedRecord> take(FluvioConsumer c, int count) {
    List<ConsumedRecord> out = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (out.size() < count) {
      assertThat(System.nanoTime() - deadline)
          .as("%d of %d records", out.size(), count)
          .isNegative();
      out.addAll(c.poll(Duration.ofMillis(100)));
    }
    assertThat(out).hasSize(count);
    return out;
  }

  /** Offsets per partition, in the order received. */
  private static Map<Integer, List<Long>> byPartition(List<ConsumedRecord> records) {
    return records.stream()
        .collect(
            Collectors.groupingBy(
                ConsumedRecord::partition,
                TreeMap::new,
                Collectors.mapping(ConsumedRecord::offset, Collectors.toList())));
  }

  private static List<Long> range(long from, long toExclusive) {
    List<Long> out = new ArrayList<>();
    for (long i = from; i < toExclusive; i++) {
      out.add(i);
    }
    return out;
  }

  private static void await(String what, BooleanSupplier condition, Runnable between) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - deadline).as(what).isNegative();
      between.run();
    }
  }

  @Test
  void aReopenedConsumerResumesRightAfterTheLastCommittedRecordOfEachOfThreePartitions() {
    seed(3, 10);
    ConsumerConfig manual = config("resume", OffsetStrategy.MANUAL);
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      assertThat(c.partitions()).containsExactly(0, 1, 2);
      List<ConsumedRecord> all = take(c, 30);
      Map<Integer, List<Long>> offsets = byPartition(all);
      offsets.values().forEach(list -> assertThat(list).isEqualTo(range(0, 10)));
      for (ConsumedRecord r : all) {
        assertThat(r.valueString()).isEqualTo("p" + r.partition() + "-" + r.offset());
        if (r.offset() == r.partition() + 3) {
          c.commit(r);
        }
      }
    }
    for (int p = 0; p < 3; p++) {
      assertThat(fluvio.cluster().storedOffset("resume", topic, p)).isEqualTo(p + 3L);
    }
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      Map<Integer, List<Long>> resumed = byPartition(take(c, 30 - 4 - 5 - 6));
      for (int p = 0; p < 3; p++) {
        assertThat(resumed.get(p)).as("partition %d", p).isEqualTo(range(p + 4, 10));
      }
      assertThat(c.poll(Duration.ofMillis(200))).isEmpty();
    }
  }

  @Test
  void autoStoresWhatWasHandedOutWhileRunningAndOnClose() {
    seed(3, 5);
    ConsumerConfig auto =
        config("auto", OffsetStrategy.AUTO).withFlushPeriod(Duration.ofMillis(100));
    try (FluvioConsumer c = client.consumer(topic, auto)) {
      take(c, 15);
      // The next polls commit what the earlier ones returned; the flusher stores it.
      await(
          "offsets stored by the automatic flush",
          () -> {
            for (int p = 0; p < 3; p++) {
              Long stored = fluvio.cluster().storedOffset("auto", topic, p);
              if (stored == null || stored != 4) {
                return false;
              }
            }
            return true;
          },
          () -> assertThat(c.poll(Duration.ofMillis(50))).isEmpty());
      append(1, "p1-5");
      append(1, "p1-6");
      assertThat(take(c, 2)).extracting(ConsumedRecord::offset).containsExactly(5L, 6L);
    } // close commits the records handed out last and flushes them
    assertThat(fluvio.cluster().storedOffset("auto", topic, 1)).isEqualTo(6L);
    append(0, "p0-5");
    append(1, "p1-7");
    try (FluvioConsumer c = client.consumer(topic, auto)) {
      assertThat(byPartition(take(c, 2))).isEqualTo(Map.of(0, List.of(5L), 1, List.of(7L)));
    }
  }

  @Test
  void manualStoresOnlyWhatIsCommittedAndFlushed() {
    seed(2, 5);
    ConsumerConfig manual =
        config("manual", OffsetStrategy.MANUAL)
            .withFlushPeriod(Duration.ofHours(1)); // no background flush during the test
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      List<ConsumedRecord> all = take(c, 10);
      c.flush(); // nothing committed yet: nothing stored
      assertThat(client.consumerOffsets("manual")).isEmpty();
      ConsumedRecord third =
          all.stream().filter(r -> r.partition() == 0 && r.offset() == 2).findFirst().orElseThrow();
      c.commit(third);
      assertThat(c.committed(0)).isEqualTo(2);
      assertThat(c.committed(1)).isEqualTo(-1);
      assertThat(fluvio.cluster().storedOffset("manual", topic, 0)).isNull();
      c.flush(0);
      assertThat(c.flushed(0)).isEqualTo(2);
      assertThat(fluvio.cluster().storedOffset("manual", topic, 0)).isEqualTo(2L);
      assertThat(fluvio.cluster().storedOffset("manual", topic, 1)).isNull();
      assertThatThrownBy(() -> c.commit(new ConsumedRecord(topic, 1, 9, 0, null, new byte[0])))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not handed out");
    }
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      Map<Integer, List<Long>> resumed = byPartition(take(c, 2 + 5));
      assertThat(resumed.get(0)).isEqualTo(List.of(3L, 4L));
      assertThat(resumed.get(1)).isEqualTo(range(0, 5)); // nothing stored: the configured start
    }
  }

  /** An application's own record type, made by the consumer as it decodes a response. */
  private record Line(int partition, long offset, String text) {}

  private static final FluvioConsumer.RecordMaker<Line> LINES =
      new FluvioConsumer.RecordMaker<>() {
        @Override
        public Line make(int partition, long offset, long timestamp, byte[] key, byte[] value) {
          return new Line(partition, offset, new String(value, UTF_8));
        }

        @Override
        public long offset(Line line) {
          return line.offset();
        }
      };

  @Test
  void recordsOfTheApplicationsOwnTypeAreHandedOutAndCommittedAsConsumedRecordsAre() {
    seed(2, 3);
    try (FluvioConsumer c = client.consumer(topic, config("maker", OffsetStrategy.MANUAL))) {
      List<Line> lines = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (lines.size() < 6) {
        assertThat(System.nanoTime() - deadline).as("%d of 6 records", lines.size()).isNegative();
        lines.addAll(c.poll(Duration.ofMillis(100), LINES));
      }
      assertThat(lines)
          .containsExactlyInAnyOrder(
              new Line(0, 0, "p0-0"),
              new Line(0, 1, "p0-1"),
              new Line(0, 2, "p0-2"),
              new Line(1, 0, "p1-0"),
              new Line(1, 1, "p1-1"),
              new Line(1, 2, "p1-2"));
      assertThat(c.poll(Duration.ofMillis(100), LINES)).as("nothing handed out twice").isEmpty();
      c.commit(1, 1);
      c.flush();
    }
    assertThat(fluvio.cluster().storedOffset("maker", topic, 1)).isEqualTo(1L);
    assertThat(fluvio.cluster().storedOffset("maker", topic, 0)).isNull();
    try (FluvioConsumer c = client.consumer(topic, config("maker", OffsetStrategy.MANUAL))) {
      assertThat(take(c, 4))
          .extracting(ConsumedRecord::valueString)
          .containsExactlyInAnyOrder("p0-0", "p0-1", "p0-2", "p1-2");
    }
  }

  @Test
  void manualCommitsAreFlushedInTheBackgroundEveryFlushPeriod() {
    seed(2, 3);
    ConsumerConfig manual =
        config("periodic", OffsetStrategy.MANUAL).withFlushPeriod(Duration.ofMillis(100));
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      take(c, 6);
      c.commit(1, 1); // what a sink's writer thread does
      // flushed() moves when the cluster's answer arrives, after it stored the offset
      await(
          "the committed offset stored in the background",
          () -> c.flushed(1) == 1,
          () -> assertThat(c.poll(Duration.ofMillis(50))).isEmpty());
      assertThat(fluvio.cluster().storedOffset("periodic", topic, 1)).isEqualTo(1L);
      assertThat(fluvio.cluster().storedOffset("periodic", topic, 0)).isNull(); // not committed
    }
    assertThat(fluvio.cluster().storedOffset("periodic", topic, 0)).isNull();
    assertThat(fluvio.cluster().storedOffset("periodic", topic, 1)).isEqualTo(1L);
  }

  @Test
  void storedOffsetsAreListedAndDeleted() {
    seed(2, 3);
    Instant before = Instant.now().minusSeconds(2);
    ConsumerConfig manual = config("lister", OffsetStrategy.MANUAL);
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      take(c, 6);
      c.commit();
    }
    List<ConsumerOffset> mine = client.consumerOffsets("lister");
    assertThat(mine)
        .extracting(ConsumerOffset::topic, ConsumerOffset::partition, ConsumerOffset::offset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(topic, 0, 2L),
            org.assertj.core.groups.Tuple.tuple(topic, 1, 2L));
    assertThat(mine)
        .allSatisfy(
            o -> {
              assertThat(o.consumerId()).isEqualTo("lister");
              assertThat(o.modifiedTime()).isAfter(before).isBefore(Instant.now().plusSeconds(2));
            });
    assertThat(client.consumerOffsets()).containsAll(mine);

    client.deleteConsumerOffset("lister", topic, 0);
    client.deleteConsumerOffset("lister", topic, 0); // deleting what is not stored is fine
    assertThat(client.consumerOffsets("lister"))
        .extracting(ConsumerOffset::partition)
        .containsExactly(1);
    append(1, "p1-3");
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      assertThat(byPartition(take(c, 4))).isEqualTo(Map.of(0, List.of(0L, 1L, 2L), 1, List.of(3L)));
    }
  }

  @Test
  void aStoredOffsetMovesRelativeStartsButNotAnAbsoluteOne() {
    seed(1, 6);
    ConsumerConfig manual = config("starts", OffsetStrategy.MANUAL);
    try (FluvioConsumer c = client.consumer(topic, manual)) {
      take(c, 3).forEach(c::commit); // 0..2 handed out, maybe more; 2 committed at most
    }
    long stored = fluvio.cluster().storedOffset("starts", topic, 0);
    try (FluvioConsumer fromEnd = client.consumer(topic, manual.withStart(Offset.end()));
        FluvioConsumer fromTwoBack = client.consumer(topic, manual.withStart(Offset.fromEnd(2)));
        FluvioConsumer absolute = client.consumer(topic, manual.withStart(Offset.absolute(1)))) {
      assertThat(take(fromEnd, 1).get(0).offset()).isEqualTo(stored + 1);
      assertThat(take(fromTwoBack, 1).get(0).offset()).isEqualTo(stored - 1);
      assertThat(take(absolute, 1).get(0).offset()).isEqualTo(1);
    }
  }

  @Test
  void strategyNoneReadsTheStoredOffsetButNeverStores() {
    seed(1, 4);
    try (FluvioConsumer c = client.consumer(topic, config("none-id", OffsetStrategy.MANUAL))) {
      c.commit(take(c, 2).get(1));
    }
    ConsumerConfig none = config("none-id", OffsetStrategy.NONE);
    try (FluvioConsumer c = client.consumer(topic, none)) {
      assertThat(take(c, 1).get(0).offset()).isEqualTo(2);
      assertThatThrownBy(c::commit)
          .isInstanceOfSatisfying(
              ConsumerOffsetException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.OFFSET_MANAGEMENT_DISABLED))
          .hasMessageContaining("the offset management is disabled for the stream");
      assertThatThrownBy(c::flush).isInstanceOf(ConsumerOffsetException.class);
    }
    assertThat(fluvio.cluster().storedOffset("none-id", topic, 0)).isEqualTo(1L);
  }

  @Test
  void anEvictedOffsetIsATypedErrorWithTheServersMessageNotASilentRestart() {
    seed(1, 10);
    fluvio.cluster().evictBefore(topic, 0, 5);
    ConsumerConfig absolute =
        ConsumerConfig.defaults().withStart(Offset.absolute(2)).withMaxBytes(1);
    try (FluvioConsumer c = client.consumer(topic, absolute)) {
      assertThatThrownBy(() -> take(c, 1))
          .isInstanceOfSatisfying(
              ConsumerOffsetException.class,
              e -> {
                assertThat(e.evicted()).isTrue();
                assertThat(e.nextAvailable()).isEqualTo(5);
              })
          .hasMessageContaining(topic + "-0")
          .hasMessageContaining("Offset 2 is evicted. The next available is 5");
    }
    // Relative starts are clamped to what is left, as in Fluvio.
    try (FluvioConsumer c = client.consumer(topic, absolute.withStart(Offset.beginning()))) {
      assertThat(take(c, 1).get(0).offset()).isEqualTo(5);
    }
  }

  @Test
  void aFlushAfterALostConnectionStoresTheCommittedOffset() {
    seed(1, 5);
    try (FluvioConsumer c = client.consumer(topic, config("lost", OffsetStrategy.MANUAL))) {
      take(c, 5);
      c.commit();
      fluvio.cluster().dropConnections();
      c.flush();
      assertThat(fluvio.cluster().storedOffset("lost", topic, 0)).isEqualTo(4L);
      append(0, "p0-5");
      assertThat(take(c, 1)).extracting(ConsumedRecord::offset).containsExactly(5L);
      c.commit();
    }
    assertThat(fluvio.cluster().storedOffset("lost", topic, 0)).isEqualTo(5L);
  }

  @Test
  void aPartitionTheTopicDoesNotHaveIsNamedWithTheCount() {
    seed(2, 0);
    assertThatThrownBy(() -> client.consumer(topic, ConsumerConfig.defaults().withPartitions(0, 5)))
        .isInstanceOf(UnknownTopicException.class)
        .hasMessageContaining("has no partition 5 (it has 2)");
  }

  @Test
  void aClusterWithoutOffsetManagementRefusesAConsumerId() {
    try (TestCluster old = TestCluster.start();
        FluvioClient c = FluvioClient.connect(ClusterConfig.ofEndpoint(old.endpoint()))) {
      old.createTopic("t", 1);
      old.disableOffsetManagement();
      assertThatThrownBy(() -> c.consumer("t", config("x", OffsetStrategy.AUTO)))
          .isInstanceOfSatisfying(
              ConsumerOffsetException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.OFFSET_MANAGEMENT_DISABLED))
          .hasMessageContaining("consumer-offset-0");
      assertThatThrownBy(c::consumerOffsets).isInstanceOf(ConsumerOffsetException.class);
      try (FluvioConsumer plain = c.consumer("t", ConsumerConfig.defaults())) {
        assertThat(plain.partitions()).containsExactly(0); // no id: no stored offsets needed
      }
    }
  }

  @Test
  void offsetsSurviveMovedLeadersOnThreeSpus() {
    try (TestCluster cluster = TestCluster.builder().spus(3).topic("moving", 3).start();
        FluvioClient c = FluvioClient.connect(ClusterConfig.ofEndpoint(cluster.endpoint()))) {
      for (int p = 0; p < 3; p++) {
        for (int i = 0; i < 4; i++) {
          cluster.append("moving", p, null, ("p" + p + "-" + i).getBytes(UTF_8));
        }
      }
      ConsumerConfig manual = config("mover", OffsetStrategy.MANUAL);
      try (FluvioConsumer consumer = c.consumer("moving", manual)) {
        for (ConsumedRecord r : take(consumer, 12)) {
          if (r.offset() == 1) {
            consumer.commit(r);
          }
        }
        consumer.flush(0);
        cluster.moveLeader("moving", 1, 2); // partition 1's stream ends, is reopened
        cluster.moveLeader("consumer-offset", 0, 1); // the offsets move to SPU 1
        assertThat(consumer.poll(Duration.ofMillis(200))).isEmpty();
      } // the final flush stores partitions 1 and 2 through the reopened streams
      for (int p = 0; p < 3; p++) {
        assertThat(cluster.storedOffset("mover", "moving", p)).as("partition %d", p).isEqualTo(1L);
      }
      assertThat(c.consumerOffsets("mover")).hasSize(3); // read from SPU 1 now
      try (FluvioConsumer consumer = c.consumer("moving", manual)) {
        byPartition(take(consumer, 6))
            .values()
            .forEach(offsets -> assertThat(offsets).containsExactly(2L, 3L));
      }
    }
  }

  @Test
  void aConsumerOpenedAfterItsPartitionsLeaderMovedFindsTheNewLeader() {
    try (TestCluster cluster = TestCluster.builder().spus(2).topic("moved", 1).start();
        FluvioClient c = FluvioClient.connect(ClusterConfig.ofEndpoint(cluster.endpoint()))) {
      cluster.append("moved", 0, null, "a".getBytes(UTF_8));
      ConsumerConfig manual = config("late", OffsetStrategy.MANUAL);
      try (FluvioConsumer consumer = c.consumer("moved", manual)) {
        consumer.commit(take(consumer, 1).get(0)); // the client now knows the partition's leader
      }
      if (cluster.moveLeader("moved", 0, 1) == 1) { // the client hears of it later, if at all
        cluster.moveLeader("moved", 0, 0);
      }
      cluster.append("moved", 0, null, "b".getBytes(UTF_8));
      try (FluvioConsumer consumer = c.consumer("moved", manual)) {
        assertThat(take(consumer, 1).get(0).offset()).isEqualTo(1L);
      }
    }
  }
}
