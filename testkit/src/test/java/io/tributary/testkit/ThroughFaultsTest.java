package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.ConsumerConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.OffsetStrategy;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.RecordMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A producer and a consumer living through a leader move, an SPU stop and restart and dropped
 * connections, on a cluster of three SPUs: no record is lost, the consumer hands out every stored
 * record once and in order, and the producer duplicates only records whose answer a lost connection
 * swallowed (at most one extra copy per such loss).
 */
class ThroughFaultsTest {
  private static final int CHUNK = 15;
  TestCluster cluster;
  FluvioClient client;

  @BeforeEach
  void start() {
    cluster = TestCluster.builder().spus(3).topic("faults", 1).start();
    client = FluvioClient.connect(ClusterConfig.ofEndpoint(cluster.endpoint()));
  }

  @AfterEach
  void stop() {
    client.close();
    cluster.close();
  }

  private static List<CompletableFuture<RecordMetadata>> send(FluvioProducer p, String chunk) {
    List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>();
    for (int i = 0; i < CHUNK; i++) {
      acks.add(p.send(null, (chunk + i).getBytes(UTF_8)));
    }
    return acks;
  }

  private static void awaitAcks(List<CompletableFuture<RecordMetadata>> acks) {
    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
  }

  /** Polls until {@code received} holds {@code count} records (20 s at most). */
  private static void catchUp(FluvioConsumer c, List<ConsumedRecord> received, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (received.size() < count && System.nanoTime() < deadline) {
      received.addAll(c.poll(Duration.ofMillis(100)));
    }
    assertThat(received).as("records consumed within 20 s").hasSizeGreaterThanOrEqualTo(count);
  }

  private static List<String> values(List<ConsumedRecord> records) {
    return records.stream().map(ConsumedRecord::valueString).toList();
  }

  @Test
  void producerAndConsumerLoseNothingThroughALeaderMoveAnSpuRestartAndDroppedConnections() {
    assertThat(cluster.leader("faults", 0)).isZero();
    List<ConsumedRecord> received = new ArrayList<>();
    try (FluvioProducer p =
            client.producer("faults", ProducerConfig.defaults().withLinger(Duration.ofMillis(5)));
        FluvioConsumer c = client.consumer("faults", 0, Offset.beginning())) {
      // A leader move while a chunk is on its way: the old leader refuses it (stores nothing),
      // the producer refreshes metadata and retries on the new leader; the consumer's stream on
      // the old leader ends with NotLeaderForPartition and reopens on the new one.
      List<CompletableFuture<RecordMetadata>> a = send(p, "a");
      cluster.moveLeader("faults", 0, 1);
      List<CompletableFuture<RecordMetadata>> b = send(p, "b");
      awaitAcks(a);
      awaitAcks(b);
      catchUp(c, received, 2 * CHUNK);

      // The leader's SPU stops under a chunk and more are sent while it is down; it restarts on
      // its port. A poll meanwhile finds nothing and does not fail.
      List<CompletableFuture<RecordMetadata>> cs = send(p, "c");
      cluster.stopSpu(1);
      List<CompletableFuture<RecordMetadata>> d = send(p, "d");
      assertThat(c.poll(Duration.ofMillis(200))).isEmpty();
      assertThat(c.poll(Duration.ofMillis(200))).isEmpty();
      assertThat(d).noneMatch(f -> f.isDone() && !f.isCompletedExceptionally());
      cluster.startSpu(1);
      awaitAcks(cs);
      awaitAcks(d);
      catchUp(c, received, cluster.records("faults", 0).size());

      // Every connection drops under a chunk.
      List<CompletableFuture<RecordMetadata>> e = send(p, "e");
      cluster.dropConnections();
      List<CompletableFuture<RecordMetadata>> f = send(p, "f");
      p.flush();
      awaitAcks(e);
      awaitAcks(f);
      catchUp(c, received, cluster.records("faults", 0).size());
    }

    List<ConsumedRecord> stored = cluster.records("faults", 0);
    Map<String, Long> copies =
        values(stored).stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    for (String chunk : List.of("a", "b", "c", "d", "e", "f")) {
      for (int i = 0; i < CHUNK; i++) {
        String value = chunk + i;
        long n = copies.getOrDefault(value, 0L);
        // Lost: never. Twice: only when a lost connection swallowed the SPU's answer (c to f);
        // a NotLeaderForPartition answer stores nothing, so a and b are stored exactly once.
        assertThat(n).as(value).isBetween(1L, chunk.compareTo("b") <= 0 ? 1L : 2L);
      }
    }
    // The consumer handed out every stored record once, in offset order, across all faults.
    assertThat(received)
        .extracting(ConsumedRecord::offset)
        .isEqualTo(stored.stream().map(ConsumedRecord::offset).toList());
    assertThat(values(received)).isEqualTo(values(stored));
  }

  @Test
  void aConsumerMidStreamGetsEveryRecordInOrderThroughEachFault() {
    List<String> expected = new ArrayList<>();
    List<ConsumedRecord> received = new ArrayList<>();
    try (FluvioConsumer c = client.consumer("faults", 0, Offset.beginning())) {
      for (String fault : List.of("move", "restart", "drop", "move-back", "stop-then-move")) {
        for (int i = 0; i < 5; i++) {
          String value = fault + i;
          cluster.append("faults", 0, null, value.getBytes(UTF_8));
          expected.add(value);
        }
        catchUp(c, received, expected.size()); // its last chunk stays unacknowledged
        int leader = cluster.leader("faults", 0);
        switch (fault) {
          case "move" -> cluster.moveLeader("faults", 0, 2);
          case "restart" -> {
            cluster.stopSpu(leader);
            // Polls while it is down find nothing, and keep trying to reopen the stream.
            assertThat(c.poll(Duration.ofMillis(200))).isEmpty();
            assertThat(c.poll(Duration.ofMillis(200))).isEmpty();
            cluster.startSpu(leader);
          }
          case "drop" -> cluster.dropConnections();
          case "move-back" -> cluster.moveLeader("faults", 0, 0);
          default -> {
            // The leader's SPU stops, and the SC elects another: the consumer follows it.
            cluster.stopSpu(leader);
            assertThat(c.poll(Duration.ofMillis(200))).isEmpty();
            assertThat(c.poll(Duration.ofMillis(200))).isEmpty();
            cluster.moveLeader("faults", 0, (leader + 1) % 3);
          }
        }
      }
      catchUp(c, received, expected.size());
      assertThat(c.poll(Duration.ofMillis(100))).isEmpty();
    }
    assertThat(values(received)).isEqualTo(expected);
    assertThat(received)
        .extracting(ConsumedRecord::offset)
        .isEqualTo(java.util.stream.LongStream.range(0, expected.size()).boxed().toList());
  }

  @Test
  void storedOffsetsSurviveMovingTheConsumerOffsetLeaderAndRestartingItsSpu() {
    ConsumerConfig manual =
        ConsumerConfig.defaults()
            .withConsumerId("through-faults")
            .withStrategy(OffsetStrategy.MANUAL)
            .withStart(Offset.beginning());
    for (int i = 0; i < 6; i++) {
      cluster.append("faults", 0, null, ("v" + i).getBytes(UTF_8));
    }
    assertThat(cluster.leader("consumer-offset", 0)).isZero();
    List<ConsumedRecord> received = new ArrayList<>();
    try (FluvioConsumer c = client.consumer("faults", manual)) {
      catchUp(c, received, 2);
      c.commit(received.get(1));
      c.flush();
      assertThat(cluster.storedOffset("through-faults", "faults", 0)).isEqualTo(1);

      cluster.moveLeader("consumer-offset", 0, 2);
      catchUp(c, received, 4);
      c.commit(received.get(3));
      c.flush();
      assertThat(cluster.storedOffset("through-faults", "faults", 0)).isEqualTo(3);

      cluster.stopSpu(2);
      cluster.startSpu(2);
      catchUp(c, received, 5);
      c.commit(received.get(4));
    } // closing flushes the last commit
    assertThat(cluster.storedOffset("through-faults", "faults", 0)).isEqualTo(4);
    // A new consumer asks the moved leader for the stored offset and resumes after it.
    try (FluvioConsumer c = client.consumer("faults", manual)) {
      List<ConsumedRecord> resumed = new ArrayList<>();
      catchUp(c, resumed, 1);
      assertThat(values(resumed)).containsExactly("v5");
    }
  }
}
