package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.ConsumerRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorRunnerTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(
      io.tributary.spi.ConnectorDefinition<Fixture.Options> d,
      String stdin,
      Map<String, String> env,
      String... args) {
    Console console =
        new Console(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    return ConnectorRunner.run(d, args, console);
  }

  private int source(String... args) {
    return run(new Fixture.SourceDefinition(), "", Map.of("RUST_LOG", "off"), args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void bindsTypedValuesAndAppliesDefaults() {
    int code =
        source(
            "--fluvio-topic",
            "t",
            "--dry-run",
            "--endpoint",
            "https://x.io/a",
            "--header",
            "A:1",
            "--header",
            "B:2",
            "--weights",
            "a=1",
            "--weights",
            "b=5",
            "--token",
            "s3cret-value",
            "--verbose");
    assertThat(code).as(stderr()).isZero();
    Fixture.Options o = (Fixture.Options) Fixture.SEEN.get(0);
    assertThat(o.endpoint()).isEqualTo(URI.create("https://x.io/a"));
    assertThat(o.interval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.method()).isEqualTo(Fixture.Method.GET);
    assertThat(o.retries()).isEqualTo(3);
    assertThat(o.header()).containsExactly("A:1", "B:2");
    assertThat(o.weights()).containsExactly(Map.entry("a", 1), Map.entry("b", 5));
    assertThat(o.token()).contains("s3cret-value");
    assertThat(o.verbose()).isTrue();
    assertThat(o.since()).isEmpty();
  }

  @Test
  void parsesInstantsAndNamesTheirFormWhenWrong() {
    assertThat(
            source(
                "--fluvio-topic",
                "t",
                "--dry-run",
                "--endpoint",
                "https://x.io",
                "--since",
                "2024-05-01T14:00:00+02:00"))
        .as(stderr())
        .isZero();
    assertThat(((Fixture.Options) Fixture.SEEN.get(0)).since())
        .contains(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(
            source(
                "--fluvio-topic",
                "t",
                "--dry-run",
                "--endpoint",
                "https://x.io",
                "--since",
                "2024-05-01 12:00"))
        .isEqualTo(2);
    assertThat(stderr())
        .contains(
            "--since: expected an ISO-8601 instant like"
                + " 2024-05-01T12:00:00Z, got '2024-05-01 12:00'");
  }

  @Test
  void dryRunWritesJsonLines() {
    assertThat(
            source(
                "--fluvio-topic",
                "t",
                "--dry-run",
                "--endpoint",
                "https://x.io",
                "--header",
                "h \"1\""))
        .isZero();
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"key\":\"k\",\"value\":\"h \\\"1\\\"\",\"timestamp\":");
    assertThat(lines.get(1)).startsWith("{\"key\":null,\"value\":\"done\",\"timestamp\":");
  }

  @Test
  void reportsEveryViolationAtOnceWithFlagsAndMaskedSecrets() {
    int code =
        source(
            "--dry-run",
            "--endpoint",
            "not a uri",
            "--retries",
            "250",
            "--weights",
            "a=0",
            "--weights",
            "nokey",
            "--token",
            "short",
            "--method",
            "PUT",
            "--verbose=maybe");
    assertThat(code).isEqualTo(2);
    assertThat(stdout()).isEmpty();
    assertThat(stderr())
        .contains("--fluvio-topic: is required")
        .contains(
            "--endpoint: expected an absolute URI like https://example.com/path, got 'not a uri'")
        .contains("--retries: must be at most 100, got 250")
        .contains("--weights: must be at least 1, got 0")
        .contains("--weights: expected key=value, got 'nokey'")
        .contains("--token: must have at least 8 characters, got ****")
        .contains("--method: expected one of GET, POST, got 'PUT'")
        .contains("--verbose: expected true or false, got 'maybe'")
        .contains("invalid options (8)")
        .doesNotContain("short");
  }

  @Test
  void validateChecksWithoutRunning() {
    Fixture.SEEN.clear();
    assertThat(source("validate", "--fluvio-topic", "t", "--endpoint", "https://x")).isZero();
    assertThat(stdout()).contains("fixture-source: options are valid");
    assertThat(Fixture.SEEN).isEmpty();
    assertThat(source("validate", "--fluvio-topic", "t")).isEqualTo(2);
    assertThat(stderr()).contains("--endpoint: is required");
  }

  @Test
  void unknownOptionIsUsageError() {
    assertThat(source("--fluvio-topic", "t", "--bogus", "1")).isEqualTo(2);
    assertThat(stderr()).contains("Unknown options: '--bogus'");
  }

  @Test
  void secretsInAFileComeFromTheEnvironmentAndStayMasked() throws Exception {
    Path config = tmp.resolve("c.yaml");
    Files.writeString(
        config,
        """
        apiVersion: 0.1.0
        meta:
          name: x
          type: fixture-source
          topic: t
          secrets:
            - name: TOKEN
        http:
          endpoint: https://e.io
          token: ${{ secrets.TOKEN }}
          header: [a, b]
          weights: {x: 2}
        """);
    int code =
        run(
            new Fixture.SourceDefinition(),
            "",
            Map.of("TOKEN", "tiny", "RUST_LOG", "off"),
            "--dry-run",
            "--config",
            config.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains("--token: must have at least 8 characters, got **** (in " + config + ")")
        .doesNotContain("tiny");
    out.reset();
    err.reset();
    code =
        run(
            new Fixture.SourceDefinition(),
            "",
            Map.of("TOKEN", "long-enough", "RUST_LOG", "off"),
            "--dry-run",
            "--config",
            config.toString(),
            "--retries",
            "7");
    assertThat(code).as(stderr()).isZero();
    Fixture.Options o = (Fixture.Options) Fixture.SEEN.get(0);
    assertThat(o.token()).isEqualTo(Optional.of("long-enough"));
    assertThat(o.header()).containsExactly("a", "b");
    assertThat(o.weights()).containsEntry("x", 2);
    assertThat(o.retries()).isEqualTo(7);
  }

  @Test
  void unsetSecretIsReported() throws Exception {
    Path config = tmp.resolve("c.yaml");
    Files.writeString(
        config, "fluvio-topic: t\nendpoint: https://e.io\ntoken: ${{ secrets.NOPE }}\n");
    assertThat(source("--dry-run", "--config", config.toString())).isEqualTo(2);
    assertThat(stderr())
        .contains("uses the secret NOPE, but the environment variable NOPE is not set");
  }

  @Test
  void sinkReadsJsonLinesFromStandardInput() {
    String input = "{\"key\":\"a\",\"value\":\"one\",\"timestamp\":5}\n\n{\"value\":\"two\"}\n";
    int code =
        run(
            new Fixture.SinkDefinition(),
            input,
            Map.of("RUST_LOG", "off"),
            "--fluvio-topic",
            "t",
            "--dry-run",
            "--endpoint",
            "https://x",
            "--offset-start",
            "beginning");
    assertThat(code).as(stderr()).isZero();
    assertThat(Fixture.SEEN)
        .containsExactly(
            new ConsumerRecord(
                0, "a".getBytes(StandardCharsets.UTF_8), "one".getBytes(StandardCharsets.UTF_8), 5),
            new ConsumerRecord(1, null, "two".getBytes(StandardCharsets.UTF_8), -1));
  }

  @Test
  void sinkFailsOnBadInputLineNamingIt() {
    int code =
        run(
            new Fixture.SinkDefinition(),
            "{\"value\":\"ok\"}\n{oops\n",
            Map.of("RUST_LOG", "error"),
            "--fluvio-topic",
            "t",
            "--dry-run",
            "--endpoint",
            "https://x");
    assertThat(code).isEqualTo(1);
    assertThat(stderr()).contains("standard input line 2 is not a JSON object");
  }

  @Test
  void sinkOptionsAreOnlyForSinks() {
    assertThat(source("--fluvio-topic", "t", "--endpoint", "https://x", "--offset-start", "end"))
        .isEqualTo(2);
    assertThat(
            run(
                new Fixture.SinkDefinition(),
                "",
                Map.of(),
                "validate",
                "--fluvio-topic",
                "t",
                "--endpoint",
                "https://x",
                "--offset-start",
                "-3",
                "--fluvio-partition",
                "x"))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("--offset-start: expected beginning, end, an offset")
        .contains("--fluvio-partition: expected a partition number");
  }

  @Test
  void helpVersionAndMetadata() {
    assertThat(source("--version")).isZero();
    assertThat(stdout()).isEqualTo("fixture-source 1.2.3" + System.lineSeparator());
    out.reset();
    assertThat(source("--help")).isZero();
    assertThat(stdout())
        .contains(
            "--endpoint", "--fluvio-topic", "--transform", "validate", "metadata", "Exit codes");
    out.reset();
    assertThat(source("validate", "--help")).isZero();
    assertThat(stdout()).contains("Checks the options");
  }

  @Test
  void secretValuesAreMaskedInEveryLogLineWhoeverLogsIt() {
    int code =
        run(
            new Fixture.SourceDefinition(),
            "",
            Map.of("RUST_LOG", "info"),
            "--fluvio-topic",
            "t",
            "--dry-run",
            "--endpoint",
            "https://x",
            "--token",
            "tok-SECRET-123456",
            "--header",
            "x");
    assertThat(code).isZero();
    System.getLogger("some.library")
        .log(System.Logger.Level.INFO, "connecting with tok-SECRET-123456 as a bearer token");
    java.util.logging.Logger.getLogger("jdbc").info("url has tok-SECRET-123456");
    assertThat(stderr())
        .contains("connecting with **** as a bearer token")
        .contains("url has ****")
        .doesNotContain("SECRET");
  }

  @Test
  void anOptionTheConnectorRejectsOnStartingExitsTwoLikeAValidationError() {
    int code =
        run(
            new Fixture.SourceDefinition(),
            "",
            Map.of("RUST_LOG", "error"),
            "--fluvio-topic",
            "t",
            "--dry-run",
            "--endpoint",
            "https://x",
            "--header",
            "reject");
    assertThat(code).isEqualTo(2);
    assertThat(stdout()).as("nothing produced").isEmpty();
    assertThat(stderr())
        .isEqualTo(
            "fixture-source: invalid options (1):"
                + System.lineSeparator()
                + "  --header: the server refuses the header reject"
                + System.lineSeparator());
  }

  @Test
  void aSourceRejectingAnOptionAfterSendingFailsInsteadWithWhatItSentDelivered() {
    int code =
        run(
            new Fixture.SourceDefinition(),
            "",
            Map.of("RUST_LOG", "error"),
            "--fluvio-topic",
            "t",
            "--dry-run",
            "--endpoint",
            "https://x",
            "--header",
            "a",
            "--header",
            "reject");
    assertThat(code).isEqualTo(1);
    assertThat(stdout()).contains("\"value\":\"a\"").doesNotContain("done");
    assertThat(stderr())
        .contains(
            "fixture-source failed after 1 record: --header: the server refuses the header reject")
        .doesNotContain("invalid options")
        .doesNotContain("\tat ");
  }

  @Test
  void aSinkRejectingAnOptionExitsTwoBeforeReadingAndOneAfter() {
    assertThat(
            run(
                new Fixture.SinkDefinition(),
                "{\"value\":\"ok\"}\n",
                Map.of("RUST_LOG", "error"),
                "--fluvio-topic",
                "t",
                "--dry-run",
                "--endpoint",
                "https://x",
                "--header",
                "reject"))
        .isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "fixture-sink: invalid options (1):"
                + System.lineSeparator()
                + "  --header: the server refuses the header reject"
                + System.lineSeparator());
    err.reset();
    assertThat(
            run(
                new Fixture.SinkDefinition(),
                "{\"value\":\"ok\"}\n{\"value\":\"reject\"}\n",
                Map.of("RUST_LOG", "error"),
                "--fluvio-topic",
                "t",
                "--dry-run",
                "--endpoint",
                "https://x"))
        .isEqualTo(1);
    assertThat(stderr())
        .contains(
            "fixture-sink failed after 2 records: --header: the table lacks a column for reject")
        .doesNotContain("invalid options")
        .doesNotContain("\tat ");
  }
}
