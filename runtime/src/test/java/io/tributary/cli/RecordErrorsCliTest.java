package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --on-record-error} for a sink's records: halt, discard, retry with backoff, and the
 * dead-letter topic's envelope, through both ways a sink reports a record (throwing {@code
 * RecordException}, or {@code RecordStream.failed} while keeping its batch). The dead-letter topic,
 * which needs a cluster, is tested in the testkit ({@code DeadLetterCliTest}).
 */
class RecordErrorsCliTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void reset() {
    PolicyConnectors.reset();
  }

  private int dryRun(List<String> values, String... args) {
    String stdin =
        values.stream()
            .map(v -> "{\"value\":\"" + v + "\"}")
            .collect(Collectors.joining("\n", "", "\n"));
    List<String> all = new ArrayList<>(List.of("--fluvio-topic", "in", "--dry-run"));
    all.addAll(List.of(args));
    Console console =
        new Console(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("RUST_LOG", "warn"));
    return ConnectorRunner.run(
        new PolicyConnectors.PickySink(), all.toArray(String[]::new), console);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void haltIsTheDefault() {
    assertThat(dryRun(List.of("a", "b", "bad", "c"))).isEqualTo(1);
    assertThat(PolicyConnectors.WRITTEN).containsExactly("a", "b");
    assertThat(stderr()).contains("halted on the record at offset 2 of in: rejected bad");
  }

  @Test
  void discardGoesOnAfterThrownAndReportedRecords() {
    assertThat(
            dryRun(List.of("a", "bad", "b", "bad-in-batch", "c"), "--on-record-error", "discard"))
        .as(stderr())
        .isZero();
    assertThat(PolicyConnectors.WRITTEN).containsExactly("a", "b", "c");
    assertThat(stderr())
        .contains("the record at offset 1 of in failed (rejected bad); discarded")
        .contains("the record at offset 3 of in failed (constraint violated); discarded");
  }

  @Test
  void retryWritesARecordThatSucceedsWithinTheAttempts() {
    assertThat(
            dryRun(
                List.of("a", "flaky", "b"),
                "--on-record-error",
                "retry",
                "--retry-max",
                "3",
                "--retry-backoff",
                "5ms"))
        .as(stderr())
        .isZero();
    assertThat(PolicyConnectors.WRITTEN).containsExactly("a", "flaky", "b");
    assertThat(PolicyConnectors.ATTEMPTS).containsEntry("flaky", 3);
    assertThat(stderr())
        .contains("retry 1 of 3")
        .contains("retry 2 of 3")
        .doesNotContain("retry 3 of 3");
  }

  @Test
  void retryHaltsWhenAttemptsAreUsedUpOrTheErrorIsNotRetriable() {
    assertThat(
            dryRun(
                List.of("a", "flaky", "b"),
                "--on-record-error",
                "retry",
                "--retry-max",
                "1",
                "--retry-backoff",
                "5ms"))
        .isEqualTo(1);
    assertThat(PolicyConnectors.WRITTEN).containsExactly("a");
    assertThat(stderr()).contains("retry 1 of 1").contains("halted on the record at offset 1");
    PolicyConnectors.reset();
    err.reset();
    assertThat(dryRun(List.of("bad"), "--on-record-error", "retry", "--retry-backoff", "5ms"))
        .isEqualTo(1);
    assertThat(stderr()).doesNotContain("retry 1").contains("halted on the record at offset 0");
  }
}
