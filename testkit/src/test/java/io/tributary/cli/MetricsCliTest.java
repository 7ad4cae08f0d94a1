package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.spi.ConnectorDefinition;
import io.tributary.testkit.TestCluster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connector's metrics scraped during a run — Prometheus text at {@code --metrics-address} and the
 * CDK's JSON on the {@code FLUVIO_METRIC_CONNECTOR} socket — checked against the records the test
 * cluster actually holds or handed out; readiness across a lost cluster.
 */
class MetricsCliTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private TestCluster cluster;
  private Thread run;
  private final AtomicInteger code = new AtomicInteger(-1);

  @BeforeEach
  void start() {
    PolicyConnectors.reset();
    cluster = TestCluster.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (run != null) {
      run.interrupt();
      run.join(20_000);
    }
    cluster.close();
  }

  private void launch(ConnectorDefinition<?> definition, Map<String, String> env, String... args) {
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    run = new Thread(() -> code.set(ConnectorRunner.run(definition, args, console)), "connector");
    run.start();
  }

  private int stopRun() throws InterruptedException {
    run.interrupt();
    run.join(20_000);
    run = null;
    return code.get();
  }

  @Test
  void sourceMetricsCountWhatTheClusterAcknowledged() throws Exception {
    List<String> values = new ArrayList<>();
    long bytes = 0;
    for (int i = 1; i <= 40; i++) {
      values.add("value-" + i);
      bytes += ("value-" + i).length();
    }
    PolicyConnectors.toSend = values;
    int port = Scrape.freePort();
    Path socket = tmp.resolve("metrics.sock");
    assertThat(Scrape.status(port, "/health/live")).isEqualTo(-1);
    launch(
        new PolicyConnectors.ListSource(),
        Map.of("RUST_LOG", "warn", "FLUVIO_METRIC_CONNECTOR", socket.toString()),
        "--fluvio-topic",
        "produced",
        "--fluvio-endpoint",
        cluster.endpoint(),
        "--metrics-address",
        "127.0.0.1:" + port);
    cluster.awaitRecords("produced", 40, java.time.Duration.ofSeconds(30));
    Scrape.await(
        "records out",
        () -> {
          try {
            return Scrape.value(Scrape.metrics(port), "tributary_records_out_total") == 40;
          } catch (java.io.IOException e) {
            return false;
          }
        });
    String text = Scrape.metrics(port);
    assertThat(Scrape.value(text, "tributary_records_in_total")).isEqualTo(40);
    assertThat(Scrape.value(text, "tributary_bytes_in_total")).isEqualTo(bytes);
    assertThat(Scrape.value(text, "tributary_bytes_out_total")).isEqualTo(bytes);
    assertThat(Scrape.value(text, "tributary_producer_queued_records")).isZero();
    assertThat(Scrape.value(text, "tributary_producer_in_flight_batches")).isZero();
    assertThat(Scrape.value(text, "tributary_ready")).isEqualTo(1);
    assertThat(text)
        .contains("# TYPE tributary_records_out_total counter")
        .contains("tributary_connector_info{connector=\"list-source\",version=\"2.0.0\"} 1");
    assertThat(Scrape.status(port, "/health/live")).isEqualTo(200);
    assertThat(Scrape.status(port, "/health/ready")).isEqualTo(200);
    assertThat(Scrape.status(port, "/nothing")).isEqualTo(404);

    Scrape.await("the metrics socket", () -> Files.exists(socket)); // opened on its own thread
    String document = Scrape.socket(socket);
    Map<String, Object> cdk = JSON.std.mapFrom(document);
    assertThat(cdk)
        .containsOnlyKeys("consumer", "producer_connector", "producer_client", "smartmodules");
    assertThat(cdk.get("producer_connector"))
        .isEqualTo(Map.of("records", 40, "bytes", (int) bytes));
    assertThat(cdk.get("producer_client")).isEqualTo(Map.of("records", 40, "bytes", (int) bytes));
    assertThat(cdk.get("consumer")).isEqualTo(Map.of("records", 0, "bytes", 0));
    assertThat(document).startsWith("{\n  \"consumer\": {\n    \"records\": 0,");

    assertThat(stopRun()).as(err.toString()).isZero();
    assertThat(Scrape.status(port, "/health/live")).isEqualTo(-1);
    assertThat(Files.exists(socket)).isFalse();
  }

  @Test
  void anIdleSourcesReadinessFollowsTheConnectionToItsCluster() throws Exception {
    int scPort = Scrape.freePort();
    int spuPort = Scrape.freePort();
    cluster.close();
    cluster = TestCluster.start(scPort, spuPort);
    PolicyConnectors.toSend = List.of("a", "b", "c");
    int port = Scrape.freePort();
    launch(
        new PolicyConnectors.ListSource(),
        Map.of("RUST_LOG", "warn", "FLUVIO_METRIC_CONNECTOR", tmp.resolve("s.sock").toString()),
        "--fluvio-topic",
        "idle",
        "--fluvio-endpoint",
        cluster.endpoint(),
        "--metrics-address",
        "127.0.0.1:" + port);
    cluster.awaitRecords("idle", 3, java.time.Duration.ofSeconds(30));
    Scrape.await("ready", () -> Scrape.status(port, "/health/ready") == 200);

    cluster.close(); // the source has nothing more to send: it notices the loss all the same
    Scrape.await("not ready", () -> Scrape.status(port, "/health/ready") == 503);
    assertThat(Scrape.status(port, "/health/live")).isEqualTo(200);

    cluster = TestCluster.start(scPort, spuPort);
    cluster.createTopic("idle", 1);
    Scrape.await("ready again", () -> Scrape.status(port, "/health/ready") == 200);
    assertThat(stopRun()).as(err.toString()).isZero();
  }

  @Test
  void sinkMetricsCountWhatItConsumedAndReadinessFollowsTheConnection() throws Exception {
    int scPort = Scrape.freePort();
    int spuPort = Scrape.freePort();
    cluster.close();
    cluster = TestCluster.start(scPort, spuPort);
    cluster.createTopic("consumed", 1);
    for (int i = 0; i < 25; i++) {
      cluster.append("consumed", 0, null, ("r" + i).getBytes(StandardCharsets.UTF_8));
    }
    int port = Scrape.freePort();
    Path socket = tmp.resolve("sink.sock");
    launch(
        new PolicyConnectors.PickySink(),
        Map.of("RUST_LOG", "warn", "FLUVIO_METRIC_CONNECTOR", socket.toString()),
        "--fluvio-topic",
        "consumed",
        "--fluvio-endpoint",
        cluster.endpoint(),
        "--offset-start",
        "beginning",
        "--metrics-address",
        "127.0.0.1:" + port);
    Scrape.await("25 records written", () -> PolicyConnectors.WRITTEN.size() == 25);
    Scrape.await("ready", () -> Scrape.status(port, "/health/ready") == 200);
    String text = Scrape.metrics(port);
    assertThat(Scrape.value(text, "tributary_records_in_total")).isEqualTo(25);
    assertThat(Scrape.value(text, "tributary_records_out_total")).isEqualTo(25);
    assertThat(Scrape.value(text, "tributary_bytes_in_total")).isEqualTo(10 * 2 + 15 * 3);
    assertThat(Scrape.value(text, "tributary_consumer_lag{partition=\"0\"}")).isZero();
    Scrape.await("the metrics socket", () -> Files.exists(socket)); // opened on its own thread
    Map<String, Object> cdk = JSON.std.mapFrom(Scrape.socket(socket));
    assertThat(cdk.get("consumer")).isEqualTo(Map.of("records", 25, "bytes", 65));
    assertThat(cdk.get("producer_client")).isEqualTo(Map.of("records", 0, "bytes", 0));

    cluster.close(); // the connection is lost: not ready while reconnecting
    Scrape.await("not ready", () -> Scrape.status(port, "/health/ready") == 503);
    assertThat(Scrape.status(port, "/health/live")).isEqualTo(200);
    assertThat(Scrape.value(Scrape.metrics(port), "tributary_ready")).isZero();

    cluster = TestCluster.start(scPort, spuPort); // back, with more records after offset 25
    cluster.createTopic("consumed", 1);
    for (int i = 0; i < 30; i++) {
      cluster.append("consumed", 0, null, ("r" + i).getBytes(StandardCharsets.UTF_8));
    }
    Scrape.await("ready again", () -> Scrape.status(port, "/health/ready") == 200);
    Scrape.await("30 records written", () -> PolicyConnectors.WRITTEN.size() == 30);
    assertThat(PolicyConnectors.WRITTEN.subList(25, 30))
        .containsExactly("r25", "r26", "r27", "r28", "r29");
    assertThat(Scrape.value(Scrape.metrics(port), "tributary_records_in_total")).isEqualTo(30);
    assertThat(stopRun()).as(err.toString()).isZero();
  }

  @Test
  void theStoredOffsetOfAConsumerIdIsAGauge() throws Exception {
    cluster.createTopic("stored", 1);
    for (int i = 0; i < 10; i++) {
      cluster.append("stored", 0, null, ("s" + i).getBytes(StandardCharsets.UTF_8));
    }
    int port = Scrape.freePort();
    launch(
        new PolicyConnectors.PickySink(),
        Map.of(
            "RUST_LOG", "warn", "FLUVIO_METRIC_CONNECTOR", tmp.resolve("stored.sock").toString()),
        "--fluvio-topic",
        "stored",
        "--fluvio-endpoint",
        cluster.endpoint(),
        "--offset-start",
        "beginning",
        "--consumer-id",
        "metrics-test",
        "--offset-flush",
        "100ms",
        "--metrics-address",
        "127.0.0.1:" + port);
    Scrape.await("10 records written", () -> PolicyConnectors.WRITTEN.size() == 10);
    Scrape.await(
        "offset 9 stored",
        () -> {
          try {
            return Scrape.value(
                    Scrape.metrics(port), "tributary_consumer_committed_offset{partition=\"0\"}")
                == 9;
          } catch (java.io.IOException e) {
            return false;
          }
        });
    assertThat(stopRun()).as(err.toString()).isZero();
  }
}
