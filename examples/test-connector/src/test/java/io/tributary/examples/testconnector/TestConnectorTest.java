package io.tributary.examples.testconnector;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ConsumedRecord;
import io.tributary.testkit.ConnectorHarness;
import io.tributary.testkit.RunningConnector;
import io.tributary.testkit.TestClusterExtension;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connector run in-process against the test cluster, as its jar runs. */
class TestConnectorTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  private static ConnectorHarness connector() {
    return ConnectorHarness.fromClassPath().cluster(fluvio.cluster());
  }

  @Test
  void producesCountRecordsInOrderThenExitsZero() {
    try (RunningConnector run =
        connector().start("--fluvio-topic", "three", "--count", "3", "--timeout", "10ms")) {
      List<ConsumedRecord> records = run.awaitRecords(3, WAIT);
      assertThat(run.awaitExit(WAIT)).isZero();
      assertThat(records)
          .extracting(ConsumedRecord::valueString)
          .containsExactly("Hello, Fluvio - 1", "Hello, Fluvio - 2", "Hello, Fluvio - 3");
      assertThat(records).extracting(ConsumedRecord::key).containsOnlyNulls();
      assertThat(run.errors()).contains("sent 3 records");
    }
  }

  @Test
  void withoutACountItRunsUntilStoppedAndLosesNothingItSent() {
    try (RunningConnector run =
        connector().start("--fluvio-topic", "endless", "--timeout", "5ms")) {
      run.awaitRecords(5, WAIT);
      assertThat(run.stop()).isZero();
      List<String> values =
          fluvio.cluster().records("endless").stream().map(ConsumedRecord::valueString).toList();
      // 1..N without a gap or a duplicate: everything sent before the stop was flushed.
      assertThat(values)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, values.size())
                  .mapToObj(n -> "Hello, Fluvio - " + n)
                  .toList());
    }
  }

  @Test
  void aCountBelowOneIsAUsageErrorNamingTheFlag() {
    RunningConnector run = connector().run(WAIT, "--fluvio-topic", "never", "--count", "0");
    assertThat(run.exitCode()).hasValue(2);
    assertThat(run.errors()).contains("--count").doesNotContain("Exception");
    assertThat(fluvio.cluster().hasTopic("never")).isFalse();
  }

  @Test
  void aDryRunWritesTheRecordsAsJsonLines() {
    RunningConnector run =
        connector()
            .run(WAIT, "--fluvio-topic", "dry", "--dry-run", "--count", "2", "--timeout", "1ms");
    assertThat(run.exitCode()).hasValue(0);
    assertThat(run.awaitOutputLines(2, WAIT))
        .hasSize(2)
        .allMatch(line -> line.startsWith("{\"key\":null,\"value\":\"Hello, Fluvio - "));
  }
}
