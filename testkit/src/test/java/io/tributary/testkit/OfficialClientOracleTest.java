package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.ApiVersionsResponse;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.StreamFetchRequest;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.testkit.OfficialClient.Rec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The official Rust client (via Node) against the test cluster. */
class OfficialClientOracleTest {
  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();
  static OfficialClient official;

  @BeforeAll
  static void locate() {
    official = OfficialClient.locate();
  }

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  @Test
  void officialProducerRecordsAreStoredByteForByteAndConsumedBack() throws Exception {
    TestCluster cluster = fluvio.cluster().createTopic("oracle-roundtrip", 1);
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    List<Rec> sent =
        List.of(
            new Rec(b("k1"), b("hello")),
            new Rec(b("\u00e9t\u00e9"), binary),
            new Rec(b("k3"), b("x".repeat(5000))));
    official.produce(fluvio.endpoint(), "oracle-roundtrip", sent);

    List<ConsumedRecord> stored =
        cluster.awaitRecords("oracle-roundtrip", 3, Duration.ofSeconds(5));
    assertThat(stored).extracting(ConsumedRecord::offset).containsExactly(0L, 1L, 2L);
    for (int i = 0; i < sent.size(); i++) {
      assertThat(stored.get(i).key()).isEqualTo(sent.get(i).key());
      assertThat(stored.get(i).value()).isEqualTo(sent.get(i).value());
    }
    List<Rec> consumed = official.consume(fluvio.endpoint(), "oracle-roundtrip", 0, 3, "beginning");
    assertThat(consumed).hasSize(3);
    for (int i = 0; i < sent.size(); i++) {
      assertThat(consumed.get(i).key()).isEqualTo(sent.get(i).key());
      assertThat(consumed.get(i).value()).isEqualTo(sent.get(i).value());
    }
  }

  @Test
  void officialConsumerReadsSeededRecordsOfEveryPartitionFromAnOffset() throws Exception {
    TestCluster cluster = fluvio.cluster().createTopic("oracle-seeded", 2);
    for (int i = 0; i < 4; i++) {
      cluster.append("oracle-seeded", 1, null, b("v" + i));
    }
    List<Rec> fromTwo = official.consume(fluvio.endpoint(), "oracle-seeded", 1, 2, "2");
    assertThat(fromTwo).extracting(r -> new String(r.value(), UTF_8)).containsExactly("v2", "v3");
    assertThat(fromTwo).extracting(Rec::key).containsOnlyNulls();
  }

  @Test
  void officialConsumerFromEndSeesOnlyNewRecords() throws Exception {
    TestCluster cluster = fluvio.cluster().createTopic("oracle-end", 1);
    cluster.append("oracle-end", 0, b("old"), b("old"));
    OfficialClient.Background consumer =
        official.consumeInBackground(fluvio.endpoint(), "oracle-end", 0, 1, "end");
    consumer.awaitStreaming();
    cluster.append("oracle-end", 0, b("new"), b("new"));
    assertThat(consumer.await())
        .extracting(r -> new String(r.value(), UTF_8))
        .containsExactly("new");
  }

  private static List<Rec> mixedRecords() {
    List<Rec> recs = new ArrayList<>();
    byte[] binary = new byte[300];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7);
    }
    recs.add(new Rec(b("key-1"), b("plain")));
    recs.add(new Rec(null, b("no key")));
    recs.add(new Rec(binary, binary));
    recs.add(new Rec(b("\u00fcnic\u00f8de"), b("\u2603 snow")));
    recs.add(new Rec(b("big"), b("y".repeat(12_000)))); // official producer max: 16 KiB
    return recs;
  }

  @Test
  void recordsOfOurProducerAreConsumedByteIdenticalByTheOfficialClient() throws Exception {
    fluvio.cluster().createTopic("oracle-java-to-rust", 1);
    List<Rec> sent = mixedRecords();
    for (Compression compression : Compression.values()) {
      try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(fluvio.endpoint()));
          FluvioProducer p =
              client.producer(
                  "oracle-java-to-rust", ProducerConfig.defaults().withCompression(compression))) {
        for (Rec r : sent) {
          p.send(r.key(), r.value());
        }
        p.flush();
      }
    }
    int total = Compression.values().length * sent.size();
    assertThat(fluvio.cluster().batchCodecs("oracle-java-to-rust", 0))
        .containsExactly(Compression.values());
    List<Rec> consumed =
        official.consume(fluvio.endpoint(), "oracle-java-to-rust", 0, total, "beginning");
    assertThat(consumed).hasSize(total);
    for (int i = 0; i < consumed.size(); i++) {
      Rec expected = sent.get(i % sent.size());
      assertThat(consumed.get(i).key()).as("key %d", i).isEqualTo(expected.key());
      assertThat(consumed.get(i).value()).as("value %d", i).isEqualTo(expected.value());
    }
  }

  @Test
  void recordsOfTheOfficialProducerAreConsumedByteIdenticalByOurConsumer() throws Exception {
    fluvio.cluster().createTopic("oracle-rust-to-java", 1);
    List<Rec> sent = mixedRecords().stream().filter(r -> r.key() != null).toList();
    official.produce(fluvio.endpoint(), "oracle-rust-to-java", sent);
    try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(fluvio.endpoint()));
        FluvioConsumer c = client.consumer("oracle-rust-to-java", 0, Offset.beginning())) {
      List<ConsumedRecord> got = FluvioClientTest.drain(c, sent.size());
      assertThat(got).hasSize(sent.size());
      for (int i = 0; i < sent.size(); i++) {
        assertThat(got.get(i).key()).isEqualTo(sent.get(i).key());
        assertThat(got.get(i).value()).isEqualTo(sent.get(i).value());
        assertThat(got.get(i).offset()).isEqualTo(i);
      }
    }
  }

  @Test
  void theOfficialProducerWritesATopicsCodecWithRustsEncodersAndWeReadIt() throws Exception {
    List<Rec> sent = mixedRecords().stream().filter(r -> r.key() != null).toList();
    for (Compression codec : Compression.values()) {
      String topic = "oracle-rust-" + codec.label();
      // Fluvio's producer, its compression unset, writes the codec its topic requires.
      fluvio.cluster().createTopic(topic, 1, TopicCompression.parse(codec.label()));
      official.produce(fluvio.endpoint(), topic, sent);
      assertThat(fluvio.cluster().batchCodecs(topic, 0)).as(topic).isNotEmpty().containsOnly(codec);
      try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(fluvio.endpoint()));
          FluvioConsumer c = client.consumer(topic, 0, Offset.beginning())) {
        List<ConsumedRecord> got = FluvioClientTest.drain(c, sent.size());
        assertThat(got).as(topic).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
          assertThat(got.get(i).key()).as("%s key %d", topic, i).isEqualTo(sent.get(i).key());
          assertThat(got.get(i).value()).as("%s value %d", topic, i).isEqualTo(sent.get(i).value());
        }
      }
    }
  }

  @Test
  void officialProducerPartitionsKeysLikeOurs() throws Exception {
    fluvio.cluster().createTopic("oracle-partitioning", 3);
    List<Rec> keyed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      keyed.add(new Rec(b("user-" + i), b("v" + i)));
    }
    official.produce(fluvio.endpoint(), "oracle-partitioning", keyed);
    List<ConsumedRecord> stored =
        fluvio.cluster().awaitRecords("oracle-partitioning", 30, Duration.ofSeconds(5));
    for (ConsumedRecord r : stored) {
      assertThat(r.partition())
          .as(r.keyString())
          .isEqualTo(io.tributary.fluvio.protocol.SipHash24.partition(r.key(), 3));
    }
  }

  @Test
  void officialClientFindsLeadersOnSeveralSpusAndFollowsAMovedLeader() throws Exception {
    try (TestCluster cluster = TestCluster.builder().spus(3).topic("oracle-spus", 3).start()) {
      List<Rec> keyed = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        keyed.add(new Rec(b("user-" + i), b("v" + i)));
      }
      official.produce(cluster.endpoint(), "oracle-spus", keyed); // to SPUs 0, 1 and 2
      cluster.awaitRecords("oracle-spus", 12, Duration.ofSeconds(5));
      for (int p = 0; p < 3; p++) {
        assertThat(cluster.leader("oracle-spus", p)).isEqualTo(p);
        assertThat(cluster.records("oracle-spus", p)).isNotEmpty();
      }
      cluster.moveLeader("oracle-spus", 0, 2);
      cluster.stopSpu(0);
      List<Rec> consumed =
          official.consume(
              cluster.endpoint(),
              "oracle-spus",
              0,
              cluster.records("oracle-spus", 0).size(),
              "beginning");
      assertThat(consumed)
          .extracting(r -> new String(r.value(), UTF_8))
          .isEqualTo(
              cluster.records("oracle-spus", 0).stream().map(ConsumedRecord::valueString).toList());
      official.produce(
          cluster.endpoint(), "oracle-spus", List.of(new Rec(b("user-0"), b("after the move"))));
      int p0 = io.tributary.fluvio.protocol.SipHash24.partition(b("user-0"), 3);
      assertThat(cluster.awaitRecords("oracle-spus", 13, Duration.ofSeconds(5)))
          .filteredOn(r -> r.valueString().equals("after the move"))
          .singleElement()
          .extracting(ConsumedRecord::partition)
          .isEqualTo(p0);
    }
  }

  @Test
  void officialClientSpeaksStreamFetchAtVersion23AsOurNegotiationPicks() throws Exception {
    // @fluvio/client 0.14.9 embeds the Rust client of Fluvio 0.11.11 (SPU COMMON_VERSION 23): it
    // has offset management inside, but its Node API cannot set a consumer id, so it never sends
    // 1006-1008. What it does speak is the version-23 layout of StreamFetch (consumer_id None)
    // and FetchOffsets (the consumer_id of version 23 only), negotiated against our SPU.
    TestCluster cluster = fluvio.cluster().createTopic("oracle-versions", 1);
    cluster.append("oracle-versions", 0, null, b("v"));
    List<ApiRouter.Observed> seen = new CopyOnWriteArrayList<>();
    cluster.observeSpuRequests(seen::add);
    try {
      assertThat(official.consume(fluvio.endpoint(), "oracle-versions", 0, 1, "beginning"))
          .hasSize(1);
    } finally {
      cluster.observeSpuRequests(o -> {});
    }
    ApiVersionsResponse spu;
    try (Connection c =
        Connection.open(
            "127.0.0.1:" + cluster.spuPort(),
            Api.Service.SPU,
            ClusterConfig.ofEndpoint(fluvio.endpoint()),
            null)) {
      spu = c.versions();
    }
    for (Api<?, ?> api : List.of(Apis.STREAM_FETCH, Apis.FETCH_OFFSETS)) {
      ApiRouter.Observed sent =
          seen.stream()
              .filter(o -> o.header().apiKey() == api.key())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + api.name() + " seen"));
      Api<?, ?> asOfficial =
          new Api<>(
              api.name(),
              api.service(),
              api.key(),
              api.minVersion(),
              (short) 23,
              api.request(),
              api.response(),
              null);
      assertThat(sent.header().apiVersion())
          .as(api.name())
          .isEqualTo((short) 23)
          .isEqualTo(asOfficial.negotiate(spu).orElseThrow());
      assertThat(sent.unreadBytes()).as(api.name() + " bytes our codec left unread").isZero();
    }
    StreamFetchRequest fetch =
        (StreamFetchRequest)
            seen.stream()
                .filter(o -> o.header().apiKey() == Apis.STREAM_FETCH.key())
                .findFirst()
                .orElseThrow()
                .request();
    assertThat(fetch.consumerId()).isNull();
    assertThat(fetch.topic()).isEqualTo("oracle-versions");
    // Against our SPU our own client picks 25, the newest both speak.
    assertThat(Apis.STREAM_FETCH.negotiate(spu)).contains((short) 25);
  }
}
