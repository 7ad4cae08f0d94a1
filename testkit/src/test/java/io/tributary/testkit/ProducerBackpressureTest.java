package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.FluvioTimeoutException;
import io.tributary.fluvio.ProducerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The producer's bounded queue: while the partition's leader is away, a caller sending faster than
 * the cluster takes records waits once {@code batchQueueSize} batches' worth are queued, and goes
 * on when the leader is back; a queue full for longer than the enqueue timeout fails that send
 * alone. Either way no accepted record is lost or stored twice.
 */
class ProducerBackpressureTest {
  private static final int RECORDS = 40;
  TestCluster cluster;
  FluvioClient client;

  @BeforeEach
  void start() {
    cluster = TestCluster.builder().topic("held", 1).start();
    client = FluvioClient.connect(ClusterConfig.ofEndpoint(cluster.endpoint()));
  }

  @AfterEach
  void stop() {
    client.close();
    cluster.close();
  }

  /** 3 batches of 100 bytes per partition; retries long enough to outlast the SPU's absence. */
  private static ProducerConfig small(Duration wait) {
    return ProducerConfig.defaults()
        .withLinger(Duration.ZERO)
        .withBatchSize(100)
        .withRetries(40, Duration.ofMillis(50))
        .withBatchQueue(3, wait);
  }

  private static byte[] record(int i) {
    return String.format("record-%03d-%s", i, "x".repeat(30)).getBytes(UTF_8);
  }

  @Test
  void aSendWaitsWhileThePartitionsQueueIsFullAndGoesOnWhenTheLeaderIsBack() throws Exception {
    cluster.stopSpu(0);
    List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Throwable> failed = new AtomicReference<>();
    try (FluvioProducer p = client.producer("held", small(Duration.ofSeconds(60)))) {
      Thread caller = sender(p, accepted, failed);
      caller.start();
      awaitWaiting(caller);
      assertThat(accepted).as("records accepted while the leader is away").hasSizeLessThan(RECORDS);

      cluster.startSpu(0);
      caller.join(20_000);
      assertThat(caller.isAlive())
          .as("the caller still waits after the leader came back")
          .isFalse();
      assertThat(failed.get()).isNull();
      p.flush();
    }
    List<String> stored = values(cluster.records("held", 0));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      expected.add(new String(record(i), UTF_8));
    }
    assertThat(stored).containsExactlyElementsOf(expected);
  }

  @Test
  void aQueueFullForLongerThanTheEnqueueTimeoutFailsThatSendAlone() {
    cluster.stopSpu(0);
    List<String> accepted = new ArrayList<>();
    try (FluvioProducer p = client.producer("held", small(Duration.ofMillis(300)))) {
      int i = 0;
      try {
        for (; i < RECORDS; i++) {
          p.send(null, record(i));
          accepted.add(new String(record(i), UTF_8));
        }
      } catch (FluvioTimeoutException e) {
        assertThat(e)
            .hasMessage(
                "the producer's queue for topic 'held' partition 0 stayed full (3 batches of up to"
                    + " 100 bytes not yet sent) for 300 ms: the cluster is not taking records");
      }
      assertThat(i).as("the send that timed out").isLessThan(RECORDS);
      cluster.startSpu(0);
      p.flush();
    }
    assertThat(values(cluster.records("held", 0))).containsExactlyElementsOf(accepted);
  }

  @Test
  void aClosedProducerRefusesASendThatWaitedForRoomAndKeepsWhatItAccepted() throws Exception {
    cluster.stopSpu(0);
    List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Throwable> failed = new AtomicReference<>();
    FluvioProducer p = client.producer("held", small(Duration.ofSeconds(60)));
    Thread caller = sender(p, accepted, failed);
    caller.start();
    awaitWaiting(caller);
    cluster.startSpu(0);
    p.close();
    caller.join(20_000);
    assertThat(caller.isAlive()).isFalse();
    // close flushes; the send that waited either got room first (then its record is stored) or
    // is told the producer is closed (then it queued nothing)
    if (accepted.size() < RECORDS) {
      assertThat(failed.get()).hasMessage("producer for topic 'held' is closed");
    }
    assertThat(values(cluster.records("held", 0))).containsExactlyElementsOf(accepted);
  }

  /** A thread that sends the records in turn, noting each accepted one, and what failed. */
  private static Thread sender(
      FluvioProducer p, List<String> accepted, AtomicReference<Throwable> failed) {
    return new Thread(
        () -> {
          try {
            for (int i = 0; i < RECORDS; i++) {
              p.send(null, record(i));
              accepted.add(new String(record(i), UTF_8));
            }
          } catch (RuntimeException e) {
            failed.set(e);
          }
        });
  }

  /** Waits (10 s at most) until the thread waits in {@code send} for room. */
  private static void awaitWaiting(Thread caller) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (caller.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(caller.getState())
        .as("the sending thread waits for room")
        .isEqualTo(Thread.State.TIMED_WAITING);
  }

  private static List<String> values(List<ConsumedRecord> records) {
    return records.stream().map(ConsumedRecord::valueString).toList();
  }
}
