package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad values of the production options (--log-format, --metrics-address, --on-record-error and its
 * options): exit 2, each naming its flag, nothing run.
 */
class ProductionOptionsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int source(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("--fluvio-topic", "events", "--dry-run", "--endpoint", "https://x"));
    args.addAll(List.of(extra));
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("RUST_LOG", "off"));
    return ConnectorRunner.run(
        new Fixture.SourceDefinition(), args.toArray(String[]::new), console);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void deadLetterTopicEqualToTheTopicIsAUsageError() {
    assertThat(source("--dead-letter-topic", "events")).isEqualTo(2);
    assertThat(stderr()).contains("--dead-letter-topic: must differ from --fluvio-topic");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void retryWithoutRetriesIsAUsageError() {
    assertThat(source("--on-record-error", "retry", "--retry-max", "0")).isEqualTo(2);
    assertThat(stderr()).contains("--retry-max: must be at least 1 with --on-record-error retry");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    assertThat(
            source(
                "--on-record-error",
                "ignore",
                "--retry-max",
                "-1",
                "--retry-backoff",
                "soon",
                "--dead-letter-topic",
                "Bad_Topic",
                "--log-format",
                "xml",
                "--metrics-address",
                "nohost"))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("--on-record-error: expected one of halt, discard, retry, got 'ignore'")
        .contains("--retry-max: ")
        .contains("--retry-backoff: ")
        .contains("--dead-letter-topic: expected a topic name")
        .contains("--log-format: expected one of text, json, got 'xml'")
        .contains("--metrics-address: ")
        .contains("invalid options (6)");
  }

  @Test
  void smartModuleErrorsSkipStillMeansDiscard() {
    List<io.tributary.cli.Violation> problems = new ArrayList<>();
    RawArgs raw = new RawArgs();
    raw.put("fluvio-topic", List.of("t"), null);
    raw.put("smartmodule-errors", List.of("skip"), null);
    CommonSettings settings = CommonOptions.validate(raw, io.tributary.Direction.SOURCE, problems);
    assertThat(problems).isEmpty();
    assertThat(settings.recordErrors().policy())
        .isEqualTo(CommonSettings.RecordErrors.Policy.DISCARD);
    raw.put("on-record-error", List.of("halt"), null);
    settings = CommonOptions.validate(raw, io.tributary.Direction.SOURCE, problems);
    assertThat(settings.recordErrors().policy()).isEqualTo(CommonSettings.RecordErrors.Policy.HALT);
  }

  @Test
  void aMetricsAddressInUseIsAUsageErrorNamingTheFlag() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(source("--metrics-address", "127.0.0.1:" + taken.getLocalPort())).isEqualTo(2);
      assertThat(stderr())
          .contains("--metrics-address: cannot listen on 127.0.0.1:" + taken.getLocalPort());
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
  }

  @Test
  void aCdkConfigFileSetsThemUnderMeta(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(
        file,
        """
        apiVersion: 0.1.0
        meta:
          name: orders
          type: postgres-sink
          topic: orders
          on_record_error: retry
          retry-max: 3
          retry_backoff: {secs: 0, nanos: 250000000}
          dead-letter-topic: orders-dlq
          log_format: json
          metrics-address: 127.0.0.1:9100
        """);
    List<Violation> problems = new ArrayList<>();
    RawArgs raw =
        ConfigFile.load(
                file,
                new ConfigFile.Keys(Map.of(), Set.of()),
                SecretStore.environment(Map.of()),
                problems)
            .values();
    CommonSettings settings = CommonOptions.validate(raw, io.tributary.Direction.SINK, problems);
    assertThat(problems).isEmpty();
    assertThat(settings.recordErrors())
        .isEqualTo(
            new CommonSettings.RecordErrors(
                CommonSettings.RecordErrors.Policy.RETRY, 3, Duration.ofMillis(250), "orders-dlq"));
    assertThat(settings.logFormat()).isEqualTo(io.tributary.log.LogConfig.Format.JSON);
    assertThat(settings.metricsAddress().getHostString()).isEqualTo("127.0.0.1");
    assertThat(settings.metricsAddress().getPort()).isEqualTo(9100);
  }

  @Test
  void aBadValueUnderMetaNamesItsFlagAndFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(
        file,
        "meta: {topic: events, on-record-error: retry, retry-max: 0, "
            + "dead-letter-topic: events}\n");
    assertThat(source("--config", file.toString())).isEqualTo(2);
    assertThat(stderr())
        .contains("--retry-max: must be at least 1 with --on-record-error retry")
        .contains("--dead-letter-topic: must differ from --fluvio-topic");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
