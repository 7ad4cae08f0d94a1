package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.ConsumerRecord;
import io.tributary.Direction;
import io.tributary.Source;
import io.tributary.TopicProducer;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.schema.ConnectorModel;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import io.tributary.testkit.ConnectorHarness;
import io.tributary.testkit.RunningConnector;
import io.tributary.testkit.TestClusterExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/** The testkit's connector harness, on the runtime's fixture connectors. */
class ConnectorHarnessTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  private ConnectorHarness source() {
    return ConnectorHarness.of(new Fixture.SourceDefinition())
        .cluster(fluvio.cluster())
        .env("RUST_LOG", "info");
  }

  @Test
  void aSourceProducesToItsTopicAndExitsZero() {
    try (RunningConnector run =
        source()
            .start(
                "--fluvio-topic",
                "harness-source",
                "--endpoint",
                "https://x",
                "--header",
                "one",
                "--header",
                "two")) {
      List<ConsumedRecord> records = run.awaitRecords(3, WAIT);
      assertThat(records)
          .extracting(ConsumedRecord::valueString)
          .containsExactly("one", "two", "done");
      assertThat(run.awaitExit(WAIT)).isZero();
      assertThat(run.errorLines()).anyMatch(l -> l.contains("INFO tributary: sent 3 records"));
    }
  }

  @Test
  void optionsComeFromAConfigFileToo(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.yaml");
    Files.writeString(
        config,
        """
        apiVersion: 0.1.0
        meta:
          version: 1.2.3
          name: from-file
          type: fixture-source
          topic: harness-config
        fixture-source:
          endpoint: https://x
          header: [a]
        """);
    try (RunningConnector run = source().config(config).topic("harness-config").start()) {
      assertThat(run.awaitRecords(2, WAIT))
          .extracting(ConsumedRecord::valueString)
          .containsExactly("a", "done");
      assertThat(run.awaitExit(WAIT)).isZero();
    }
  }

  @Test
  void badOptionsExitTwoNamingTheFlagAndRunNothing() {
    RunningConnector run =
        source()
            .run(
                WAIT,
                "--fluvio-topic",
                "harness-bad",
                "--endpoint",
                "https://x",
                "--retries",
                "500");
    assertThat(run.exitCode()).hasValue(2);
    assertThat(run.errors()).contains("--retries");
    assertThat(fluvio.cluster().hasTopic("harness-bad")).isFalse();
  }

  @Test
  void aWaitFailsFastWithTheExitCodeAndErrorsWhenTheConnectorHasExited() {
    RunningConnector run =
        source()
            .start(
                "--fluvio-topic", "harness-early", "--endpoint", "https://x", "--header", "reject");
    assertThatThrownBy(() -> run.awaitRecords(1, Duration.ofMinutes(5)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("exited with code 2")
        .hasMessageContaining("the server refuses the header reject");
  }

  @Test
  void aDryRunSourceWritesJsonLines() {
    RunningConnector run =
        source()
            .run(
                WAIT,
                "--fluvio-topic",
                "t",
                "--dry-run",
                "--endpoint",
                "https://x",
                "--header",
                "h");
    assertThat(run.exitCode()).hasValue(0);
    assertThat(run.awaitOutputLines(2, WAIT))
        .hasSize(2)
        .first()
        .asString()
        .startsWith("{\"key\":\"k\",\"value\":\"h\",");
    assertThat(fluvio.cluster().hasTopic("t")).isFalse();
  }

  @Test
  void aSinkConsumesWhatIsFedToItsTopicUntilStopped() throws Exception {
    fluvio.cluster().createTopic("harness-sink", 1);
    try (RunningConnector run =
        ConnectorHarness.of(new Fixture.SinkDefinition())
            .cluster(fluvio.cluster())
            .env("RUST_LOG", "warn")
            .start(
                "--fluvio-topic",
                "harness-sink",
                "--endpoint",
                "https://x",
                "--offset-start",
                "beginning")) {
      run.feed("k", "a");
      run.feed(null, "b");
      awaitSeen(2, run);
      assertThat(run.stop()).as(run.errors()).isZero();
      assertThat(Fixture.SEEN)
          .extracting(r -> ((ConsumerRecord) r).valueAsString())
          .containsExactly("a", "b");
      assertThat(Fixture.SEEN)
          .extracting(r -> ((ConsumerRecord) r).keyAsString())
          .containsExactly("k", null);
    }
  }

  @Test
  void aDryRunSinkReadsFedJsonLinesToTheEndOfInput() {
    RunningConnector run =
        ConnectorHarness.of(new Fixture.SinkDefinition())
            .start("--fluvio-topic", "t", "--dry-run", "--endpoint", "https://x");
    run.feed(null, "quote \" and\nnewline");
    run.feed("k", "second");
    run.endInput();
    assertThat(run.awaitExit(WAIT)).as(run.errors()).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((ConsumerRecord) r).valueAsString())
        .containsExactly("quote \" and\nnewline", "second");
  }

  @Test
  void aConnectorIgnoringTheStopIsReportedAfterTheGracePeriodAndTheJvmLivesOn() throws Exception {
    Stubborn stubborn = new Stubborn(0);
    RunningConnector run = ConnectorHarness.of(stubborn).start("--fluvio-topic", "t", "--dry-run");
    stubborn.started.await();
    assertThat(run.stop()).isZero();
    assertThat(run.errors()).contains("did not stop within 5 s");

    // Its thread lives on, and ends while the next run logs: the next run keeps its log output.
    Stubborn next = new Stubborn(2);
    try (RunningConnector second =
        ConnectorHarness.of(next).start("--fluvio-topic", "t", "--dry-run")) {
      next.started.await();
      stubborn.release.countDown();
      stubborn.thread.join(WAIT.toMillis());
      assertThat(stubborn.thread.isAlive()).isFalse();
      next.release.countDown();
      assertThat(second.awaitExit(WAIT)).isZero();
      assertThat(second.errorLines()).anyMatch(l -> l.contains("INFO tributary: sent 2 records"));
    }
  }

  static void awaitSeen(int count, RunningConnector run) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (Fixture.SEEN.size() < count) {
      assertThat(run.isRunning()).as(run.errors()).isTrue();
      assertThat(System.nanoTime())
          .as("the sink saw %s records", Fixture.SEEN.size())
          .isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** A source that sends {@code count} records, then ignores interrupts until released. */
  static final class Stubborn implements ConnectorDefinition<CountingSource.Options> {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final int count;
    volatile Thread thread;

    Stubborn(int count) {
      this.count = count;
    }

    @Override
    public ConnectorModel model() {
      return new ConnectorModel(
          "stubborn-source", Direction.SOURCE, "1.0.0", "Hangs.", "Options", List.of());
    }

    @Override
    public void addOptions(CommandSpec spec) {}

    @Override
    public CountingSource.Options bind(BoundOptions values) {
      return new CountingSource.Options();
    }

    @Override
    public String describe(CountingSource.Options options) {
      return "Options[]";
    }

    @Override
    public Source<CountingSource.Options> newSource() {
      return (CountingSource.Options options, TopicProducer producer) -> {
        thread = Thread.currentThread();
        for (int i = 0; i < count; i++) {
          producer.send(null, "record " + i);
        }
        started.countDown();
        while (true) {
          try {
            release.await();
            return;
          } catch (InterruptedException ignored) {
            // ignores the stop request
          }
        }
      };
    }
  }
}
