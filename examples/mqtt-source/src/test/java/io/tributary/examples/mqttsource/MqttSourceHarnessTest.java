package io.tributary.examples.mqttsource;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ConsumedRecord;
import io.tributary.testkit.ConnectorHarness;
import io.tributary.testkit.RunningConnector;
import io.tributary.testkit.TestClusterExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector run in-process as its jar runs: a real Mosquitto broker -> mqtt-source -> a topic
 * of the test cluster.
 */
class MqttSourceHarnessTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  @TempDir static Path dir;

  static Mosquitto broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = Mosquitto.start(dir);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  private static void publish(String topic, List<String> payloads) throws Exception {
    MqttClient client =
        new MqttClient(broker.serverUri(), "harness-publisher", new MemoryPersistence());
    client.connect();
    try {
      for (String p : payloads) {
        client.publish(topic, p.getBytes(StandardCharsets.UTF_8), 1, false);
      }
    } finally {
      client.disconnect();
      client.close();
    }
  }

  @Test
  void messagesOfTheSubscribedTopicsArriveOnceInOrderAndAStopExitsZero() throws Exception {
    try (RunningConnector run =
        ConnectorHarness.fromClassPath()
            .cluster(fluvio.cluster())
            .env("RUST_LOG", "info")
            .start(
                "--fluvio-topic",
                "mqtt-harness",
                "--mqtt-url",
                broker.url(),
                "--mqtt-topic",
                "plant/+/temp",
                "--qos",
                "1",
                "--client-id",
                "harness-source")) {
      run.awaitLog("subscribed to plant/+/temp", WAIT);
      publish("plant/line1/temp", List.of("20.5", "21.0"));
      publish("plant/line1/pressure", List.of("not subscribed"));
      publish("plant/line2/temp", List.of("19.5"));
      List<ConsumedRecord> records = run.awaitRecords(3, WAIT);
      assertThat(run.stop()).isZero();
      assertThat(records)
          .extracting(ConsumedRecord::valueString)
          .containsExactly("20.5", "21.0", "19.5");
      assertThat(fluvio.cluster().records("mqtt-harness")).hasSize(3);
    }
  }

  @Test
  void aBrokerUrlOfAnotherSchemeIsAUsageErrorThatKeepsTheUrlSecret() {
    RunningConnector run =
        ConnectorHarness.fromClassPath()
            .cluster(fluvio.cluster())
            .run(
                WAIT,
                "--fluvio-topic",
                "mqtt-never",
                "--mqtt-url",
                "http://user:hunter22@h",
                "--mqtt-topic",
                "a/b");
    assertThat(run.exitCode()).hasValue(2);
    assertThat(run.errors()).contains("--mqtt-url").doesNotContain("hunter22");
  }
}
