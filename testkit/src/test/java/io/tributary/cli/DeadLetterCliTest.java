package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.testkit.TestCluster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --dead-letter-topic}: records a sink lets go are produced to it, in the envelope of
 * docs/record-errors.md, and the sink goes on.
 */
class DeadLetterCliTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void reset() {
    PolicyConnectors.reset();
  }

  @Test
  void deadLettersGoToTheTopicInTheirEnvelopeAndTheSinkGoesOn() throws Exception {
    try (TestCluster cluster = TestCluster.start()) {
      cluster.createTopic("orders", 1);
      for (String v : List.of("a", "bad", "b", "bad-in-batch", "flaky", "c")) {
        cluster.append(
            "orders",
            0,
            ("k-" + v).getBytes(StandardCharsets.UTF_8),
            v.getBytes(StandardCharsets.UTF_8));
      }
      Console console =
          new Console(
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              Map.of("RUST_LOG", "warn"));
      Thread run =
          new Thread(
              () ->
                  ConnectorRunner.run(
                      new PolicyConnectors.PickySink(),
                      new String[] {
                        "--fluvio-topic",
                        "orders",
                        "--fluvio-endpoint",
                        cluster.endpoint(),
                        "--offset-start",
                        "beginning",
                        "--on-record-error",
                        "retry",
                        "--retry-max",
                        "1",
                        "--retry-backoff",
                        "5ms",
                        "--dead-letter-topic",
                        "orders-dlq"
                      },
                      console));
      run.start();
      try {
        List<ConsumedRecord> letters =
            cluster.awaitRecords("orders-dlq", 3, Duration.ofSeconds(30));
        Scrape.await("c written", () -> PolicyConnectors.WRITTEN.contains("c"));
        assertThat(PolicyConnectors.WRITTEN).containsExactly("a", "b", "c");
        assertThat(letters)
            .extracting(ConsumedRecord::keyString)
            .containsExactly("k-bad", "k-bad-in-batch", "k-flaky");
        Map<String, Object> first = JSON.std.mapFrom(letters.get(0).valueString());
        assertThat(first)
            .containsEntry("encoding", "utf-8")
            .containsEntry("key", "k-bad")
            .containsEntry("value", "bad")
            .containsKeys("timestamp", "time");
        assertThat(first.get("origin"))
            .isEqualTo(
                Map.of(
                    "topic",
                    "orders",
                    "partition",
                    0,
                    "offset",
                    1,
                    "connector",
                    "picky-sink",
                    "version",
                    "3.1.0"));
        assertThat(first.get("error"))
            .isEqualTo(
                Map.of(
                    "stage",
                    "sink",
                    "message",
                    "rejected bad",
                    "type",
                    "java.lang.IllegalArgumentException",
                    "retriable",
                    false,
                    "attempts",
                    1));
        Map<String, Object> flaky = JSON.std.mapFrom(letters.get(2).valueString());
        assertThat(((Map<?, ?>) flaky.get("error")).get("retriable")).isEqualTo(true);
        assertThat(((Map<?, ?>) flaky.get("error")).get("attempts")).isEqualTo(2);
        assertThat(((Map<?, ?>) flaky.get("origin")).get("offset")).isEqualTo(4);
      } finally {
        run.interrupt();
        run.join(20_000);
      }
    }
  }
}
