package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.ConsumerRecord;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.testkit.TestCluster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sources produce to, and sinks consume from, a cluster: the in-process test cluster. */
class ClusterCliTest {
  static TestCluster cluster;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void start() {
    cluster = TestCluster.start();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private Console console(Map<String, String> env) {
    return new Console(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env);
  }

  private int source(String topic, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("--fluvio-topic", topic,
        "--fluvio-endpoint", cluster.endpoint(), "--endpoint", "https://x",
        "--header", "one", "--header", "two"));
    args.addAll(List.of(extra));
    return ConnectorRunner.run(new Fixture.SourceDefinition(), args.toArray(String[]::new),
        console(Map.of("RUST_LOG", "warn")));
  }

  @Test
  void sourceCreatesTheTopicAndProducesInOrder() {
    assertThat(source("produced")).as(err.toString()).isZero();
    assertThat(out.toString()).isEmpty();
    List<ConsumedRecord> records = cluster.awaitRecords("produced", 3, Duration.ofSeconds(10));
    assertThat(records).extracting(ConsumedRecord::valueString).containsExactly("one", "two", "done");
    assertThat(records).extracting(ConsumedRecord::keyString).containsExactly("k", "k", null);
    assertThat(cluster.partitionCount("produced")).isEqualTo(1);
  }

  @Test
  void aV2ConfigsTopicSectionShapesTheCreatedTopic(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path config = dir.resolve("c.yaml");
    java.nio.file.Files.writeString(config, """
        apiVersion: 0.2.0
        meta:
          name: shaped
          type: fixture-source
          topic:
            meta:
              name: shaped-topic
            partition:
              count: 3
              replication: 1
            retention:
              time: 1h
              segment-size: 1 MiB
            compression:
              type: Zstd
        custom:
          endpoint: https://x
          header: [one]
        """);
    int code = ConnectorRunner.run(new Fixture.SourceDefinition(), new String[] {
        "--config", config.toString(), "--fluvio-endpoint", cluster.endpoint()},
        console(Map.of("RUST_LOG", "info")));
    assertThat(code).as(err.toString()).isZero();
    assertThat(cluster.partitionCount("shaped-topic")).isEqualTo(3);
    io.tributary.fluvio.protocol.TopicMetadata.Spec spec = cluster.topicSpec("shaped-topic");
    assertThat(spec.retentionSeconds()).isEqualTo(3600);
    assertThat(spec.storage().segmentSize()).isEqualTo(1 << 20);
    assertThat(spec.compression()).as("Zstd").isEqualTo(5);
    assertThat(err.toString()).contains("created topic shaped-topic (3 partitions, "
        + "replication 1, retention 3600s, compression zstd)");
  }

  @Test
  void missingTopicWithoutCreationIsARunTimeErrorNamingIt() {
    assertThat(source("absent-topic", "--create-topic=false")).isEqualTo(1);
    assertThat(err.toString()).contains("absent-topic");
    assertThat(cluster.hasTopic("absent-topic")).isFalse();
  }

  @Test
  void unreachableClusterIsARunTimeErrorNamingTheEndpoint() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    int code = ConnectorRunner.run(new Fixture.SourceDefinition(), new String[] {
        "--fluvio-topic", "t", "--fluvio-endpoint", "127.0.0.1:" + port, "--endpoint", "https://x"},
        console(Map.of("RUST_LOG", "warn")));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("127.0.0.1:" + port);
  }

  @Test
  void noEndpointAndNoProfileIsAConfigurationError() {
    int code = ConnectorRunner.run(new Fixture.SourceDefinition(), new String[] {
        "--fluvio-topic", "t", "--endpoint", "https://x"},
        console(Map.of("RUST_LOG", "warn", "FLV_PROFILE_PATH", "/nonexistent/fluvio/config")));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("/nonexistent/fluvio/config");
  }

  @Test
  void sinkConsumesFromTheStartUntilStopped() throws Exception {
    cluster.createTopic("to-sink", 1);
    for (String v : List.of("a", "b", "c")) {
      cluster.append("to-sink", 0, null, v.getBytes(StandardCharsets.UTF_8));
    }
    AtomicInteger code = new AtomicInteger(-1);
    Thread sink = new Thread(() -> code.set(ConnectorRunner.run(new Fixture.SinkDefinition(),
        new String[] {"--fluvio-topic", "to-sink", "--fluvio-endpoint", cluster.endpoint(),
            "--endpoint", "https://x", "--offset-start", "beginning"},
        console(Map.of("RUST_LOG", "warn")))));
    sink.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (Fixture.SEEN.size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    sink.interrupt();
    sink.join(10_000);
    assertThat(code.get()).as(err.toString()).isZero();
    assertThat(Fixture.SEEN).extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactly("a", "b", "c");
    assertThat(Fixture.SEEN).extracting(r -> ((ConsumerRecord) r).offset())
        .containsExactly(0L, 1L, 2L);
  }
}
