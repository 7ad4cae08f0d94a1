package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.OfficialClient.Rec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The official Rust client (via Node) against the test cluster. */
class OfficialClientOracleTest {
  @RegisterExtension
  static TestClusterExtension fluvio = new TestClusterExtension();
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
    List<Rec> sent = List.of(new Rec(b("k1"), b("hello")), new Rec(b("\u00e9t\u00e9"), binary),
        new Rec(b("k3"), b("x".repeat(5000))));
    official.produce(fluvio.endpoint(), "oracle-roundtrip", sent);

    List<TestRecord> stored = cluster.awaitRecords("oracle-roundtrip", 3, Duration.ofSeconds(5));
    assertThat(stored).extracting(TestRecord::offset).containsExactly(0L, 1L, 2L);
    for (int i = 0; i < sent.size(); i++) {
      assertThat(stored.get(i).key()).isEqualTo(sent.get(i).key());
      assertThat(stored.get(i).value()).isEqualTo(sent.get(i).value());
    }
    List<Rec> consumed = official.consume(fluvio.endpoint(), "oracle-roundtrip", 0, 3,
        "beginning");
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
    Thread.sleep(1500); // let it connect and resolve the end offset before producing
    cluster.append("oracle-end", 0, b("new"), b("new"));
    assertThat(consumer.await()).extracting(r -> new String(r.value(), UTF_8))
        .containsExactly("new");
  }
}
