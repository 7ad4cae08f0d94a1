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
    return new Console(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env);
  }

  private int source(String topic, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--fluvio-topic",
                topic,
                "--fluvio-endpoint",
                cluster.endpoint(),
                "--endpoint",
                "https://x",
                "--header",
                "one",
                "--header",
                "two"));
    args.addAll(List.of(extra));
    return ConnectorRunner.run(
        new Fixture.SourceDefinition(),
        args.toArray(String[]::new),
        console(Map.of("RUST_LOG", "warn")));
  }

  @Test
  void sourceCreatesTheTopicAndProducesInOrder() {
    assertThat(source("produced")).as(err.toString()).isZero();
    assertThat(out.toString()).isEmpty();
    List<ConsumedRecord> records = cluster.awaitRecords("produced", 3, Duration.ofSeconds(10));
    assertThat(records)
        .extracting(ConsumedRecord::valueString)
        .containsExactly("one", "two", "done");
    assertThat(records).extracting(ConsumedRecord::keyString).containsExactly("k", "k", null);
    assertThat(cluster.partitionCount("produced")).isEqualTo(1);
  }

  @Test
  void aV2ConfigsTopicSectionShapesTheCreatedTopic(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path config = dir.resolve("c.yaml");
    java.nio.file.Files.writeString(
        config,
        """
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
    int code =
        ConnectorRunner.run(
            new Fixture.SourceDefinition(),
            new String[] {"--config", config.toString(), "--fluvio-endpoint", cluster.endpoint()},
            console(Map.of("RUST_LOG", "info")));
    assertThat(code).as(err.toString()).isZero();
    assertThat(cluster.partitionCount("shaped-topic")).isEqualTo(3);
    io.tributary.fluvio.protocol.TopicMetadata.Spec spec = cluster.topicSpec("shaped-topic");
    assertThat(spec.retentionSeconds()).isEqualTo(3600);
    assertThat(spec.storage().segmentSize()).isEqualTo(1 << 20);
    assertThat(spec.compression()).as("Zstd").isEqualTo(5);
    assertThat(err.toString())
        .contains(
            "created topic shaped-topic (3 partitions, "
                + "replication 1, retention 3600s, compression zstd)");
  }

  /** A test module of smartmodule/src/test/wat, assembled by scripts/build-test-wasm.sh. */
  private static byte[] testModule(String name) throws Exception {
    return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(testModulePath(name)));
  }

  /** The path of a test module, assembled by scripts/build-test-wasm.sh. */
  private static String testModulePath(String name) throws Exception {
    java.nio.file.Path root = java.nio.file.Path.of("..").toAbsolutePath().normalize();
    java.nio.file.Path dir = java.nio.file.Path.of("target/test-wasm").toAbsolutePath();
    Process p =
        new ProcessBuilder(root.resolve("scripts/build-test-wasm.sh").toString(), dir.toString())
            .inheritIO()
            .start();
    assertThat(p.waitFor()).as("scripts/build-test-wasm.sh (needs wat2wasm from wabt)").isZero();
    return dir.resolve(name + ".wasm").toString();
  }

  @Test
  void aSmartModuleByNameIsFetchedFromTheClustersStore() throws Exception {
    cluster.addSmartModule("tributary/map-upper@0.1.0", testModule("map_upper"));
    cluster.addSmartModule("tributary/map-upper@0.0.9", testModule("filter_contains"));
    assertThat(source("named-module", "--transform", "{\"uses\":\"tributary/map-upper@0.1.0\"}"))
        .as(err.toString())
        .isZero();
    assertThat(cluster.awaitRecords("named-module", 3, Duration.ofSeconds(10)))
        .extracting(ConsumedRecord::valueString)
        .containsExactly("ONE", "TWO", "DONE");
    out.reset();
    err.reset();
    // without a version: the highest stored; --map takes a name too
    assertThat(source("named-module-2", "--map", "tributary/map-upper"))
        .as(err.toString())
        .isZero();
    assertThat(cluster.awaitRecords("named-module-2", 3, Duration.ofSeconds(10)))
        .extracting(ConsumedRecord::valueString)
        .containsExactly("ONE", "TWO", "DONE");
  }

  @Test
  void aSinksLookbackReplaysTheLastRecordsIntoLookBackBeforeTheFirstNewOne(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // filter_look_back keeps a record above every number it has seen, in look_back or filter
    cluster.addSmartModule("tributary/filter-look-back@0.1.0", testModule("filter_look_back"));
    cluster.createTopic("looked-back", 1);
    for (String v : List.of("2", "5", "1", "4", "3")) {
      cluster.append("looked-back", 0, null, v.getBytes(StandardCharsets.UTF_8));
    }
    java.nio.file.Path config = dir.resolve("c.yaml");
    java.nio.file.Files.writeString(
        config,
        """
        apiVersion: 0.2.0
        meta:
          name: looking-back
          type: fixture-sink
          topic: looked-back
          consumer:
            offset:
              start: beginning
        custom:
          endpoint: https://x
        transforms:
          - uses: tributary/filter-look-back@0.1.0
            lookback:
              last: 2
        """);
    // look_back gets 4 and 3: the highest is 4, so of 2 5 1 4 3 from the beginning only 5 passes
    assertThat(sinkUntil(1, "--config", config.toString(), "--fluvio-endpoint", cluster.endpoint()))
        .as(err.toString())
        .isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactly("5");
    // an age of an hour with no count: every record of the partition, the highest 5: none passes
    // until 6, appended once the sink runs
    java.nio.file.Files.writeString(
        config, java.nio.file.Files.readString(config).replace("last: 2", "age: 1h"));
    Fixture.SEEN.clear();
    AtomicInteger code = new AtomicInteger(-1);
    Thread sink =
        new Thread(
            () ->
                code.set(
                    ConnectorRunner.run(
                        new Fixture.SinkDefinition(),
                        new String[] {
                          "--config", config.toString(), "--fluvio-endpoint", cluster.endpoint()
                        },
                        console(Map.of("RUST_LOG", "info")))));
    sink.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!err.toString().contains("lookback last 0, age 1h: 5 records of looked-back-0")) {
      assertThat(System.nanoTime()).as(err.toString()).isLessThan(deadline);
      Thread.sleep(20);
    }
    cluster.append("looked-back", 0, null, "6".getBytes(StandardCharsets.UTF_8));
    while (Fixture.SEEN.isEmpty()) {
      assertThat(System.nanoTime()).as(err.toString()).isLessThan(deadline);
      Thread.sleep(20);
    }
    sink.interrupt();
    sink.join(20_000);
    assertThat(code.get()).as(err.toString()).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactly("6");
  }

  @Test
  void aSourcesLookbackReadsTheTopicItProducesTo() throws Exception {
    cluster.createTopic("source-looked-back", 1);
    cluster.append("source-looked-back", 0, null, "5".getBytes(StandardCharsets.UTF_8));
    int code =
        ConnectorRunner.run(
            new Fixture.SourceDefinition(),
            new String[] {
              "--fluvio-topic",
              "source-looked-back",
              "--fluvio-endpoint",
              cluster.endpoint(),
              "--endpoint",
              "https://x",
              "--header",
              "4",
              "--header",
              "6",
              "--transform",
              "{\"uses\":\"" + testModulePath("filter_look_back") + "\",\"lookback\":{\"last\":1}}"
            },
            console(Map.of("RUST_LOG", "warn")));
    assertThat(code).as(err.toString()).isZero();
    // look_back saw 5: 4 and "done" (0) are dropped
    assertThat(cluster.awaitRecords("source-looked-back", 2, Duration.ofSeconds(10)))
        .extracting(ConsumedRecord::valueString)
        .containsExactly("5", "6");
  }

  @Test
  void aLookBackErrorStopsTheSinkBeforeAnyRecordNamingTheModuleAndRecord() throws Exception {
    cluster.createTopic("bad-look-back", 1);
    for (String v : List.of("1", "x2")) {
      cluster.append("bad-look-back", 0, null, v.getBytes(StandardCharsets.UTF_8));
    }
    Fixture.SEEN.clear();
    int code =
        ConnectorRunner.run(
            new Fixture.SinkDefinition(),
            new String[] {
              "--fluvio-topic",
              "bad-look-back",
              "--fluvio-endpoint",
              cluster.endpoint(),
              "--endpoint",
              "https://x",
              "--transform",
              "{\"uses\":\"" + testModulePath("filter_look_back") + "\",\"lookback\":{\"last\":5}}"
            },
            console(Map.of("RUST_LOG", "warn")));
    assertThat(code).as(err.toString()).isEqualTo(1);
    assertThat(err.toString())
        .contains("filter_look_back")
        .contains("look_back returned an " + "error")
        .contains("bad record")
        .contains("offset 1");
    assertThat(Fixture.SEEN).isEmpty();
  }

  @Test
  void anUnknownSmartModuleNameIsAUsageErrorListingTheStore() throws Exception {
    cluster.addSmartModule("tributary/map-upper@0.1.0", testModule("map_upper"));
    assertThat(source("unknown-module", "--transform", "{\"uses\":\"infinyon/jolt@0.4.1\"}"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--transform: no SmartModule infinyon/jolt@0.4.1 in the "
                + "cluster at "
                + cluster.endpoint()
                + "; it has ")
        .contains("tributary/map-upper@0.1.0");
    assertThat(cluster.hasTopic("unknown-module")).isFalse();
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
    int code =
        ConnectorRunner.run(
            new Fixture.SourceDefinition(),
            new String[] {
              "--fluvio-topic",
              "t",
              "--fluvio-endpoint",
              "127.0.0.1:" + port,
              "--endpoint",
              "https://x"
            },
            console(Map.of("RUST_LOG", "warn")));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("127.0.0.1:" + port);
  }

  @Test
  void noEndpointAndNoProfileIsAConfigurationError() {
    int code =
        ConnectorRunner.run(
            new Fixture.SourceDefinition(),
            new String[] {"--fluvio-topic", "t", "--endpoint", "https://x"},
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
    int code =
        sinkUntil(
            3,
            "--fluvio-topic",
            "to-sink",
            "--fluvio-endpoint",
            cluster.endpoint(),
            "--endpoint",
            "https://x",
            "--offset-start",
            "beginning");
    assertThat(code).as(err.toString()).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactly("a", "b", "c");
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).offset())
        .containsExactly(0L, 1L, 2L);
  }

  /**
   * Runs the fixture sink until it has seen {@code count} records, then stops it as SIGINT would.
   */
  private int sinkUntil(int count, String... args) throws Exception {
    Fixture.SEEN.clear();
    AtomicInteger code = new AtomicInteger(-1);
    Thread sink =
        new Thread(
            () ->
                code.set(
                    ConnectorRunner.run(
                        new Fixture.SinkDefinition(), args, console(Map.of("RUST_LOG", "warn")))));
    sink.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (Fixture.SEEN.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    sink.interrupt();
    sink.join(20_000);
    return code.get();
  }

  @Test
  void aSinkWithAConsumerIdReadsEveryPartitionAndResumesAfterWhatItHandled() throws Exception {
    cluster.createTopic("resumed", 3);
    for (int p = 0; p < 3; p++) {
      for (int i = 0; i < 3; i++) {
        cluster.append("resumed", p, null, ("p" + p + "-" + i).getBytes(StandardCharsets.UTF_8));
      }
    }
    String[] args = {
      "--fluvio-topic",
      "resumed",
      "--fluvio-endpoint",
      cluster.endpoint(),
      "--endpoint",
      "https://x",
      "--consumer-id",
      "resumer",
      "--offset-start",
      "beginning"
    };
    assertThat(sinkUntil(9, args)).as(err.toString()).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactlyInAnyOrder(
            "p0-0", "p0-1", "p0-2", "p1-0", "p1-1", "p1-2", "p2-0", "p2-1", "p2-2");
    for (int p = 0; p < 3; p++) {
      final int partition = p;
      assertThat(Fixture.SEEN)
          .filteredOn(r -> ((ConsumerRecord) r).partition() == partition)
          .extracting(r -> ((ConsumerRecord) r).offset())
          .containsExactly(0L, 1L, 2L);
    }
    for (int p = 0; p < 3; p++) {
      cluster.append("resumed", p, null, ("p" + p + "-new").getBytes(StandardCharsets.UTF_8));
    }
    // --offset-start beginning again: the stored offsets win (auto: what the sink had handled)
    assertThat(sinkUntil(3, args)).as(err.toString()).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactlyInAnyOrder("p0-new", "p1-new", "p2-new");
  }

  @Test
  void aStoredOffsetRetentionDeletedPastResumesAtTheFirstRecordLeftAndSaysWhatWasSkipped()
      throws Exception {
    cluster.createTopic("retained", 1);
    for (int i = 0; i < 4; i++) {
      cluster.append("retained", 0, null, ("old-" + i).getBytes(StandardCharsets.UTF_8));
    }
    String[] args = {
      "--fluvio-topic",
      "retained",
      "--fluvio-endpoint",
      cluster.endpoint(),
      "--endpoint",
      "https://x",
      "--consumer-id",
      "behind",
      "--offset-start",
      "beginning"
    };
    assertThat(sinkUntil(4, args)).as(err.toString()).isZero();
    assertThat(cluster.storedOffset("behind", "retained", 0)).isEqualTo(3L);
    for (int i = 4; i < 10; i++) {
      cluster.append("retained", 0, null, ("new-" + i).getBytes(StandardCharsets.UTF_8));
    }
    cluster.evictBefore("retained", 0, 7);
    err.reset();
    assertThat(sinkUntil(3, args)).as(err.toString()).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).offset())
        .containsExactly(7L, 8L, 9L);
    assertThat(err.toString())
        .contains(
            "WARN fluvio.consumer: topic 'retained' partition 0: "
                + "consumer 'behind' stored offset 3, but retention deleted the records up to 6; records "
                + "4 to 6 are skipped and reading resumes at 7");
  }

  @Test
  void withoutAConsumerIdNothingIsStoredAndTheStartApplies() throws Exception {
    cluster.createTopic("unstored", 2);
    cluster.append("unstored", 0, null, "x".getBytes(StandardCharsets.UTF_8));
    cluster.append("unstored", 1, null, "y".getBytes(StandardCharsets.UTF_8));
    String[] args = {
      "--fluvio-topic",
      "unstored",
      "--fluvio-endpoint",
      cluster.endpoint(),
      "--endpoint",
      "https://x",
      "--offset-start",
      "beginning"
    };
    assertThat(sinkUntil(2, args)).isZero();
    assertThat(sinkUntil(2, args)).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactlyInAnyOrder("x", "y");
  }

  @Test
  void aClusterWithoutOffsetManagementIsExit2NamingTheConsumerIdWithTheClustersMessage() {
    try (TestCluster old = TestCluster.start()) {
      old.createTopic("events", 1);
      old.disableOffsetManagement();
      int code =
          ConnectorRunner.run(
              new Fixture.SinkDefinition(),
              new String[] {
                "--fluvio-topic",
                "events",
                "--fluvio-endpoint",
                old.endpoint(),
                "--endpoint",
                "https://x",
                "--consumer-id",
                "c1"
              },
              console(Map.of("RUST_LOG", "warn")));
      assertThat(code).as(err.toString()).isEqualTo(2);
      assertThat(err.toString()).contains("--consumer-id:").doesNotContain("Exception");
    }
  }
}
