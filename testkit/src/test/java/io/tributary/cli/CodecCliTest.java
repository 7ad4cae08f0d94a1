package io.tributary.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.ConsumerRecord;
import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.fluvio.protocol.WireRecord;
import io.tributary.testkit.ConnectorHarness;
import io.tributary.testkit.RunningConnector;
import io.tributary.testkit.TestCluster;
import io.tributary.testkit.TestClusterExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connectors through the test cluster with every codec and producer setting. */
class CodecCliTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  private static ConnectorHarness harness(io.tributary.spi.ConnectorDefinition<?> definition) {
    return ConnectorHarness.of(definition).cluster(fluvio.cluster()).env("RUST_LOG", "warn");
  }

  private static RunningConnector source(String topic, String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--fluvio-topic",
                topic,
                "--endpoint",
                "https://x",
                "--header",
                "one",
                "--header",
                "two"));
    args.addAll(List.of(settings));
    return harness(new Fixture.SourceDefinition()).start(args.toArray(String[]::new));
  }

  @Test
  void aSourceProducesWithTheCodecAndBatchingItIsGiven() {
    for (Compression codec : Compression.values()) {
      String topic = "source-" + codec.label();
      try (RunningConnector run =
          source(
              topic,
              "--producer-compression",
              codec.label(),
              "--producer-linger",
              "1ms",
              "--producer-batch-size",
              "16kb")) {
        assertThat(run.awaitExit(WAIT)).as(run.errors()).isZero();
      }
      assertThat(fluvio.cluster().records(topic))
          .extracting(ConsumedRecord::valueString)
          .containsExactly("one", "two", "done");
      assertThat(fluvio.cluster().batchCodecs(topic, 0)).as(topic).isNotEmpty().containsOnly(codec);
    }
  }

  @Test
  void withoutACodecASourceWritesItsTopicsAndAnotherCodecIsExitTwo() {
    TestCluster cluster = fluvio.cluster().createTopic("zstd-topic", 1, TopicCompression.ZSTD);
    try (RunningConnector run = source("zstd-topic")) {
      assertThat(run.awaitExit(WAIT)).as(run.errors()).isZero();
    }
    assertThat(cluster.batchCodecs("zstd-topic", 0)).isNotEmpty().containsOnly(Compression.ZSTD);
    int stored = cluster.records("zstd-topic").size();
    try (RunningConnector run = source("zstd-topic", "--producer-compression", "gzip")) {
      assertThat(run.awaitExit(WAIT)).isEqualTo(2);
      assertThat(run.errors())
          .contains(
              "--producer-compression: producer compression gzip "
                  + "does not match the compression of topic 'zstd-topic'")
          .contains("(zstd)")
          .doesNotContain("Exception");
    }
    assertThat(cluster.records("zstd-topic")).hasSize(stored);
  }

  @Test
  void aSinkReadsATopicWhoseBatchesUseAllFiveSettingsMixed() throws Exception {
    fluvio.cluster().createTopic("mixed-to-sink", 1);
    List<String> expected = new ArrayList<>();
    try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(fluvio.endpoint()))) {
      for (int round = 0; round < 3; round++) {
        for (Compression codec : Compression.values()) {
          try (FluvioProducer p =
              client.producer("mixed-to-sink", ProducerConfig.defaults().withCompression(codec))) {
            for (int i = 0; i < 2; i++) {
              String value = codec.label() + "-" + round + "-" + i + "-" + "j".repeat(round * 900);
              p.send(null, value.getBytes(UTF_8));
              expected.add(value);
            }
            p.flush();
          }
        }
      }
    }
    List<Compression> codecs = fluvio.cluster().batchCodecs("mixed-to-sink", 0);
    assertThat(codecs).hasSize(15).containsOnly(Compression.values());
    try (RunningConnector run =
        harness(new Fixture.SinkDefinition())
            .start(
                "--fluvio-topic",
                "mixed-to-sink",
                "--endpoint",
                "https://x",
                "--offset-start",
                "beginning",
                "--consumer-max-bytes",
                "4kb")) {
      ConnectorHarnessTest.awaitSeen(expected.size(), run);
      assertThat(run.stop()).as(run.errors()).isZero();
    }
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactlyElementsOf(expected);
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).offset())
        .containsExactlyElementsOf(
            java.util.stream.LongStream.range(0, expected.size()).boxed().toList());
  }

  @Test
  void aCorruptCompressedBatchStopsTheSinkWithExitOneNamingTopicPartitionAndOffset() {
    TestCluster cluster = fluvio.cluster().createTopic("corrupt-to-sink", 1);
    cluster.append("corrupt-to-sink", 0, null, "fine".getBytes(UTF_8));
    byte[] batch =
        RecordBatch.of(
                List.of(new WireRecord(0, 0, null, "lost".getBytes(UTF_8))),
                1L,
                1L,
                Compression.LZ4)
            .encode();
    cluster.appendBatch(
        "corrupt-to-sink",
        0,
        RawBatches.withPayload(batch, "\u0004\"M\u0018 garbage".getBytes(UTF_8)));
    cluster.append("corrupt-to-sink", 0, null, "after".getBytes(UTF_8));
    try (RunningConnector run =
        harness(new Fixture.SinkDefinition())
            .start(
                "--fluvio-topic",
                "corrupt-to-sink",
                "--endpoint",
                "https://x",
                "--offset-start",
                "beginning")) {
      assertThat(run.awaitExit(WAIT)).as(run.errors()).isEqualTo(1);
      assertThat(run.errors())
          .contains("cannot read records of topic 'corrupt-to-sink' partition 0")
          .contains("batch at offset 1: corrupt lz4 data")
          .doesNotContain("Exception");
    }
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .doesNotContain("after");
  }
}
