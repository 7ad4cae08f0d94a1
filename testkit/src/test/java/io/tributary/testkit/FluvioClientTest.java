package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConnectionException;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.FluvioServerException;
import io.tributary.fluvio.FluvioTlsException;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.RecordMetadata;
import io.tributary.fluvio.TlsConfig;
import io.tributary.fluvio.UnknownTopicException;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.SipHash24;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Java client against the test cluster. */
class FluvioClientTest {
  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();
  static int topics;
  FluvioClient client;
  String topic;

  @BeforeEach
  void connect() {
    client = FluvioClient.connect(ClusterConfig.ofEndpoint(fluvio.endpoint()));
    topic = "client-" + ++topics;
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  private static ProducerConfig fast() {
    return ProducerConfig.defaults().withLinger(Duration.ofMillis(5));
  }

  @Test
  void ensureTopicCreatesOnceAndMetadataShowsItsPartitions() {
    assertThat(client.ensureTopic(topic, 3)).isTrue();
    assertThat(client.ensureTopic(topic, 3)).isFalse();
    assertThat(client.partitionCount(topic)).isEqualTo(3);
    assertThat(fluvio.cluster().partitionCount(topic)).isEqualTo(3);
    assertThat(client.platformVersion()).isEqualTo("0.18.1");
  }

  @Test
  void producedRecordsAreStoredWithKeysValuesAndOffsets() throws Exception {
    client.ensureTopic(topic, 1);
    long before = System.currentTimeMillis();
    try (FluvioProducer p = client.producer(topic, fast())) {
      RecordMetadata m0 = p.send(b("k"), b("v0")).get(5, TimeUnit.SECONDS);
      p.send(null, b("v1"));
      p.send(new byte[0], new byte[0]);
      p.flush();
      assertThat(m0).isEqualTo(new RecordMetadata(topic, 0, 0));
    }
    List<ConsumedRecord> stored = fluvio.cluster().records(topic);
    assertThat(stored).extracting(ConsumedRecord::offset).containsExactly(0L, 1L, 2L);
    assertThat(stored).extracting(ConsumedRecord::keyString).containsExactly("k", null, "");
    assertThat(stored).extracting(ConsumedRecord::valueString).containsExactly("v0", "v1", "");
    assertThat(stored.get(0).timestamp()).isBetween(before, System.currentTimeMillis());
  }

  @Test
  void recordsKeepTheTimestampsTheyAreSentWith() {
    client.ensureTopic(topic, 1);
    try (FluvioProducer p = client.producer(topic, fast())) {
      p.send(null, b("a"), 1_700_000_000_000L);
      p.send(null, b("b"), 1_700_000_000_250L);
      p.send(null, b("c"), 1_699_999_999_000L); // before the batch's first: stored as the first
      p.flush();
    }
    assertThat(fluvio.cluster().records(topic))
        .extracting(ConsumedRecord::timestamp)
        .containsExactly(1_700_000_000_000L, 1_700_000_000_250L, 1_700_000_000_000L);
  }

  @Test
  void keyedRecordsUseFluviosPartitionerAndKeylessOnesRoundRobin() {
    client.ensureTopic(topic, 3);
    try (FluvioProducer p = client.producer(topic, fast())) {
      for (String k : List.of("k", "user-42", "key", "hello")) {
        p.send(b(k), b(k));
      }
      for (int i = 0; i < 6; i++) {
        p.send(null, b("rr" + i));
      }
      p.flush();
    }
    for (ConsumedRecord r : fluvio.cluster().records(topic)) {
      if (r.key() != null) {
        assertThat(r.partition()).as(r.keyString()).isEqualTo(SipHash24.partition(r.key(), 3));
      }
    }
    assertThat(fluvio.cluster().records(topic, 1))
        .extracting(ConsumedRecord::keyString)
        .contains("k");
    assertThat(fluvio.cluster().records(topic, 0))
        .extracting(ConsumedRecord::keyString)
        .contains("user-42");
    for (int p = 0; p < 3; p++) {
      assertThat(fluvio.cluster().records(topic, p).stream().filter(r -> r.key() == null))
          .hasSize(2);
    }
  }

  @Test
  void lingerHoldsRecordsUntilFlushAndFlushWaitsForAcknowledgement() throws Exception {
    client.ensureTopic(topic, 1);
    try (FluvioProducer p =
        client.producer(
            topic,
            ProducerConfig.defaults().withLinger(Duration.ofHours(1)).withBatchSize(1 << 20))) {
      List<CompletableFuture<RecordMetadata>> futures = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        futures.add(p.send(null, b("r" + i)));
      }
      Thread.sleep(200);
      assertThat(fluvio.cluster().records(topic)).isEmpty();
      p.flush();
      assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
      assertThat(fluvio.cluster().records(topic)).hasSize(50);
    }
  }

  @Test
  void fullBatchesAreSentWithoutWaitingForLinger() {
    client.ensureTopic(topic, 1);
    try (FluvioProducer p =
        client.producer(
            topic, ProducerConfig.defaults().withLinger(Duration.ofHours(1)).withBatchSize(1000))) {
      for (int i = 0; i < 20; i++) {
        p.send(null, new byte[200]);
      }
      List<ConsumedRecord> early = fluvio.cluster().awaitRecords(topic, 15, Duration.ofSeconds(5));
      assertThat(early.size()).isLessThan(20);
      p.flush();
    }
    assertThat(fluvio.cluster().records(topic)).hasSize(20);
  }

  @Test
  void gzipBatchesAreStoredCompressedAndReadBack() {
    client.ensureTopic(topic, 1);
    try (FluvioProducer p = client.producer(topic, fast().withCompression(Compression.GZIP))) {
      for (int i = 0; i < 100; i++) {
        p.send(b("k" + i), b("a fairly compressible value ".repeat(10) + i));
      }
    }
    List<ConsumedRecord> stored = fluvio.cluster().records(topic);
    assertThat(stored).hasSize(100);
    assertThat(stored.get(99).valueString()).endsWith("99");
    try (FluvioConsumer c = client.consumer(topic, 0, Offset.beginning())) {
      assertThat(drain(c, 100))
          .extracting(ConsumedRecord::valueString)
          .isEqualTo(stored.stream().map(ConsumedRecord::valueString).toList());
    }
  }

  @Test
  void recordsSentWhileABatchWaitsForItsRetryAreStoredAfterIt() throws Exception {
    client.ensureTopic(topic, 1);
    fluvio.cluster().failNextProduces(1, 6);
    try (FluvioProducer p = client.producer(topic, fast().withRetries(3, Duration.ofMillis(300)))) {
      CompletableFuture<RecordMetadata> first = p.send(null, b("first"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (p.retryingBatches() == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // until the first attempt was refused with NotLeaderForPartition
      }
      assertThat(p.retryingBatches()).isOne();
      p.send(null, b("second"));
      p.send(null, b("third"));
      p.flush();
      assertThat(first.get().offset()).isZero();
    }
    assertThat(fluvio.cluster().records(topic))
        .extracting(ConsumedRecord::valueString)
        .containsExactly("first", "second", "third");
  }

  @Test
  void notLeaderErrorsAreRetriedAfterAMetadataRefresh() throws Exception {
    client.ensureTopic(topic, 1);
    fluvio.cluster().failNextProduces(2, 6);
    try (FluvioProducer p = client.producer(topic, fast())) {
      assertThat(p.send(null, b("x")).get(10, TimeUnit.SECONDS).offset()).isZero();
    }
    assertThat(fluvio.cluster().records(topic)).hasSize(1);
  }

  @Test
  void exhaustedRetriesFailTheFutureAndTheNextFlush() {
    client.ensureTopic(topic, 1);
    fluvio.cluster().failNextProduces(1, 6);
    FluvioProducer p = client.producer(topic, fast().withRetries(0, Duration.ZERO));
    CompletableFuture<RecordMetadata> f = p.send(null, b("x"));
    assertThatThrownBy(p::flush)
        .isInstanceOf(FluvioException.class)
        .hasMessageContaining("NotLeaderForPartition");
    assertThat(f).isCompletedExceptionally();
    assertThatThrownBy(f::join).hasCauseInstanceOf(FluvioServerException.class);
    p.send(null, b("y"));
    p.close();
    assertThat(fluvio.cluster().records(topic))
        .extracting(ConsumedRecord::valueString)
        .containsExactly("y");
  }

  @Test
  void producerAndConsumerSurviveConnectionLoss() {
    client.ensureTopic(topic, 1);
    try (FluvioProducer p = client.producer(topic, fast());
        FluvioConsumer c = client.consumer(topic, 0, Offset.beginning())) {
      p.send(null, b("before"));
      p.flush();
      assertThat(drain(c, 1)).extracting(ConsumedRecord::valueString).containsExactly("before");
      fluvio.cluster().dropConnections();
      p.send(null, b("after"));
      p.flush();
      // Nothing is lost and "before" is not delivered again. The producer is at-least-once: when
      // the connection drops under a request it retries on a new one, so "after" may have been
      // stored twice (offsets 1 and 2); the consumer hands each offset out once.
      List<ConsumedRecord> after = drain(c, 1);
      assertThat(after).extracting(ConsumedRecord::valueString).isNotEmpty().containsOnly("after");
      assertThat(after.get(0).offset()).isEqualTo(1);
      assertThat(c.position(0)).isBetween(2L, 3L);
    }
  }

  @Test
  void consumerStartsAtBeginningEndOrAnOffset() {
    client.ensureTopic(topic, 2);
    for (int i = 0; i < 5; i++) {
      fluvio.cluster().append(topic, 1, null, b("old" + i));
    }
    try (FluvioConsumer fromThree = client.consumer(topic, 1, Offset.absolute(3));
        FluvioConsumer fromEnd = client.consumer(topic, 1, Offset.end());
        FluvioConsumer fromStart = client.consumer(topic, 1, Offset.beginning())) {
      assertThat(drain(fromThree, 2)).extracting(ConsumedRecord::offset).containsExactly(3L, 4L);
      fluvio.cluster().append(topic, 1, b("n"), b("new"));
      assertThat(drain(fromEnd, 1))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.offset()).isEqualTo(5);
                assertThat(r.key()).isEqualTo(b("n"));
                assertThat(r.valueString()).isEqualTo("new");
              });
      assertThat(drain(fromStart, 6))
          .extracting(ConsumedRecord::offset)
          .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }
  }

  @Test
  void unknownTopicsAndPartitionsAreReportedWithTheEndpoint() {
    assertThatThrownBy(() -> client.producer("no-such-topic"))
        .isInstanceOf(UnknownTopicException.class)
        .hasMessageContaining("no-such-topic")
        .hasMessageContaining(fluvio.endpoint());
    client.ensureTopic(topic, 1);
    assertThatThrownBy(() -> client.consumer(topic, 4, Offset.beginning()))
        .isInstanceOf(UnknownTopicException.class)
        .hasMessageContaining("no partition 4");
  }

  @Test
  void unreachableEndpointNamesTheEndpoint() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String endpoint = "127.0.0.1:" + port;
    assertThatThrownBy(() -> FluvioClient.connect(ClusterConfig.ofEndpoint(endpoint)))
        .isInstanceOf(FluvioConnectionException.class)
        .hasMessageContaining("cannot reach Fluvio at " + endpoint);
  }

  @Test
  void tlsToAPlaintextServerIsATlsFailure() {
    ClusterConfig tls =
        ClusterConfig.ofEndpoint(fluvio.endpoint())
            .withTls(TlsConfig.anonymous())
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3));
    assertThatThrownBy(() -> FluvioClient.connect(tls))
        .isInstanceOf(FluvioTlsException.class)
        .hasMessageContaining(fluvio.endpoint());
  }

  @Test
  void manyRecordsInFlightKeepTheirOrderPerPartition() {
    client.ensureTopic(topic, 2);
    int n = 5000;
    try (FluvioProducer p = client.producer(topic, fast().withBatchSize(2048))) {
      for (int i = 0; i < n; i++) {
        p.send(b("key" + (i % 2)), b(Integer.toString(i)));
      }
    }
    List<ConsumedRecord> stored = fluvio.cluster().records(topic);
    assertThat(stored).hasSize(n);
    for (int part = 0; part < 2; part++) {
      List<Integer> values =
          fluvio.cluster().records(topic, part).stream()
              .map(r -> Integer.parseInt(r.valueString()))
              .toList();
      assertThat(values).isSorted();
    }
  }

  static List<ConsumedRecord> drain(FluvioConsumer c, int count) {
    List<ConsumedRecord> out = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 10_000;
    while (out.size() < count && System.currentTimeMillis() < deadline) {
      out.addAll(c.poll(Duration.ofMillis(200)));
    }
    return out;
  }
}
