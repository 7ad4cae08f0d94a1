package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fluvio CDK's connector contract: {@code --secrets FILE}, secrets declared in {@code
 * meta.secrets}, the whole YAML layout (unknown {@code meta} keys, typos, {@code apiVersion},
 * {@code meta.topic} of 0.2.0).
 */
class CdkContractTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int source(Map<String, String> env, String... args) {
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    return ConnectorRunner.run(new Fixture.SourceDefinition(), args, console);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /** A CDK config file: a minimal {@code meta}, then {@code rest}. */
  private Path withMeta(String rest) throws Exception {
    return file("c.yaml", "meta:\n  name: x\n  type: fixture-source\n  topic: t\n" + rest);
  }

  /**
   * An apiVersion 0.2.0 file whose topic is {@code events}: {@code rest} goes on with the topic's
   * other keys (indented by 4) and the custom section.
   */
  private Path v2Topic(String rest) throws Exception {
    return file(
        "c.yaml",
        "apiVersion: 0.2.0\nmeta:\n  name: x\n  type: fixture-source\n"
            + "  topic:\n    meta:\n      name: events\n"
            + rest);
  }

  private static final String TOKEN_CONFIG =
      """
      apiVersion: 0.1.0
      meta:
        version: 0.1.0
        name: my-source
        type: fixture-source
        topic: t
        secrets:
          - name: API_TOKEN
          - name: HOST
      custom:
        endpoint: https://${{ secrets.HOST }}/facts
        token: ${{secrets.API_TOKEN}}
        header:
          - "Authorization: token ${{ secrets.API_TOKEN }}"
      """;

  @Test
  void secretsComeFromTheSecretsFileNotTheEnvironment() throws Exception {
    Path config = file("c.yaml", TOKEN_CONFIG);
    Path secrets =
        file(
            "secrets.txt",
            """
        # deployment secrets
        API_TOKEN = tok-from-the-file

        HOST=example.org
        """);
    int code =
        source(
            Map.of("RUST_LOG", "off", "API_TOKEN", "tok-from-the-env"),
            "--dry-run",
            "--config",
            config.toString(),
            "--secrets",
            secrets.toString());
    assertThat(code).as(stderr()).isZero();
    Fixture.Options o = (Fixture.Options) Fixture.SEEN.get(0);
    assertThat(o.token()).isEqualTo(Optional.of("tok-from-the-file"));
    assertThat(o.endpoint()).hasToString("https://example.org/facts");
    assertThat(o.header()).containsExactly("Authorization: token tok-from-the-file");
  }

  @Test
  void withoutASecretsFileEnvironmentVariablesAreTheStore() throws Exception {
    Path config = file("c.yaml", TOKEN_CONFIG);
    int code =
        source(
            Map.of("RUST_LOG", "off", "API_TOKEN", "tok-from-the-env", "HOST", "h.io"),
            "--dry-run",
            "--config",
            config.toString());
    assertThat(code).as(stderr()).isZero();
    assertThat(((Fixture.Options) Fixture.SEEN.get(0)).token()).contains("tok-from-the-env");
  }

  @Test
  void aSecretsFileLineThatIsNotNameEqualsValueIsNamedByLineWithoutItsText() throws Exception {
    Path config = file("c.yaml", TOKEN_CONFIG);
    Path secrets = file("secrets.txt", "HOST=h.io\nAPI_TOKEN hunter2-secret\n1BAD=x\n");
    int code =
        source(
            Map.of("RUST_LOG", "off"),
            "--dry-run",
            "--config",
            config.toString(),
            "--secrets",
            secrets.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains(secrets + ":2: expected a line NAME=value")
        .contains(secrets + ":3: expected a line NAME=value")
        .doesNotContain("hunter2");
  }

  @Test
  void aMissingSecretsFileIsAUsageError() throws Exception {
    int code =
        source(
            Map.of("RUST_LOG", "off"),
            "--dry-run",
            "--fluvio-topic",
            "t",
            "--endpoint",
            "https://x",
            "--secrets",
            tmp.resolve("none.txt").toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains("--secrets: file '" + tmp.resolve("none.txt") + "' does not exist");
  }

  @Test
  void anUndeclaredSecretIsRefusedAndTheMessageSaysToDeclareIt() throws Exception {
    Fixture.SEEN.clear();
    Path config = file("c.yaml", TOKEN_CONFIG.replace("    - name: HOST\n", ""));
    int code =
        source(
            Map.of("RUST_LOG", "off", "API_TOKEN", "t0k3n-value", "HOST", "h.io"),
            "--dry-run",
            "--config",
            config.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains(
            "key 'custom.endpoint' uses the secret HOST, which is not "
                + "declared: add it to meta.secrets (secrets: [{name: HOST}])");
    assertThat(Fixture.SEEN).isEmpty();
  }

  @Test
  void aDeclaredSecretMissingFromTheFileNamesTheFile() throws Exception {
    Path config = file("c.yaml", TOKEN_CONFIG);
    Path secrets = file("secrets.txt", "HOST=h.io\n");
    int code =
        source(
            Map.of("RUST_LOG", "off", "API_TOKEN", "from-env"),
            "--dry-run",
            "--config",
            config.toString(),
            "--secrets",
            secrets.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains(
            "uses the secret API_TOKEN, but the secrets file "
                + secrets
                + " has no line API_TOKEN=");
  }

  @Test
  void aSecretReferenceNeedsNoDeclaration() throws Exception {
    // The mqtt-connector's form: url: {secret: {name: MQTT_URL}}
    Path config =
        withMeta(
            """
        custom:
          endpoint:
            secret:
              name: ENDPOINT_URL
        """);
    int code =
        source(
            Map.of("RUST_LOG", "off", "ENDPOINT_URL", "https://from-secret.io"),
            "--dry-run",
            "--config",
            config.toString());
    assertThat(code).as(stderr()).isZero();
    assertThat(((Fixture.Options) Fixture.SEEN.get(0)).endpoint())
        .hasToString("https://from-secret.io");
    err.reset();
    code = source(Map.of("RUST_LOG", "off"), "--dry-run", "--config", config.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains(
            "key 'custom.endpoint' refers to the secret ENDPOINT_URL, "
                + "but the environment variable ENDPOINT_URL is not set");
  }

  @Test
  void secretValuesAreMaskedInMessagesAboutOtherOptions() throws Exception {
    Path config =
        withMeta(
            """
          secrets: [{name: RETRIES}]
        custom:
          endpoint: https://x.io
          retries: "${{ secrets.RETRIES }}"
        """);
    int code =
        source(
            Map.of("RUST_LOG", "off", "RETRIES", "9876543"),
            "--dry-run",
            "--config",
            config.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains("--retries: must be at most 100, got ****")
        .doesNotContain("9876543");
  }

  @Test
  void unknownMetaKeysAreWarningsThroughTheLogger() throws Exception {
    // infinyon/http-source-connector crates/http-source/sample-config.yaml has create-topic;
    // its tests have create_topic.
    Path config =
        file(
            "c.yaml",
            """
        apiVersion: 0.1.0
        meta:
          version: 0.5.0
          name: cat-facts
          type: fixture-source
          topic: cat-facts
          create-topic: true
          direction: source
        custom:
          endpoint: "https://catfact.ninja/fact"
          interval: 10s
        """);
    int code = source(Map.of("RUST_LOG", "warn"), "--dry-run", "--config", config.toString());
    assertThat(code).as(stderr()).isZero();
    List<String> warnings = stderr().lines().filter(l -> l.contains(" WARN ")).toList();
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0))
        .contains("tributary.config: " + config + ": ignoring unknown key 'meta.create-topic'");
    assertThat(warnings.get(1)).contains("ignoring unknown key 'meta.direction'");
  }

  @Test
  void aTypoInTheConnectorsSectionIsAnErrorNamingTheNearestKey() throws Exception {
    Path config =
        withMeta(
            """
        custom:
          endpoint: https://x.io
          intreval: 5s
          zzzzzz: 1
        """);
    int code = source(Map.of("RUST_LOG", "off"), "--dry-run", "--config", config.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr())
        .contains(
            config + ": unknown option 'custom.intreval'; did you mean " + "'custom.interval'?")
        .contains(config + ": unknown option 'custom.zzzzzz'; known options: ");
  }

  @Test
  void onlyApiVersions010And020AreAccepted() throws Exception {
    String body =
        """
        meta:
          name: x
          type: fixture-source
          topic: t
        custom:
          endpoint: https://x.io
        """;
    for (String version : List.of("0.1.0", "0.2.0")) {
      Path config = file("c.yaml", "apiVersion: " + version + "\n" + body);
      assertThat(source(Map.of("RUST_LOG", "off"), "validate", "--config", config.toString()))
          .as(stderr())
          .isZero();
    }
    Path config = file("c.yaml", "apiVersion: 0.3.0\n" + body);
    assertThat(source(Map.of("RUST_LOG", "off"), "validate", "--config", config.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains(config + ": apiVersion 0.3.0 is not supported; expected " + "0.1.0 or 0.2.0");
  }

  @Test
  void theV2TopicConfigurationIsRead() throws Exception {
    Path config =
        v2Topic(
            """
            partition:
              count: 3
              max-size: 1.0 KB
              replication: 2
              ignore-rack-assignment: true
            retention:
              time: 2m
              segment-size: 2.0 KiB
            compression:
              type: Lz4
        custom:
          endpoint: https://x.io
        """);
    List<Violation> problems = new ArrayList<>();
    ConfigFile file =
        ConfigFile.load(
            config,
            new ConfigFile.Keys(Map.of("endpoint", "endpoint"), java.util.Set.of()),
            SecretStore.environment(Map.of()),
            problems);
    assertThat(problems).isEmpty();
    assertThat(file.values().single("fluvio-topic")).isEqualTo("events");
    assertThat(file.topic())
        .isEqualTo(
            new TopicConfig("events", 3, 2, true, Duration.ofMinutes(2), 2048L, 1000L, "lz4"));
    assertThat(file.topic().spec().compression()).as("Lz4's code").isEqualTo(3);
    assertThat(file.topic().spec().retentionSeconds()).isEqualTo(120);
  }

  @Test
  void badV2TopicValuesNameTheirKeys() throws Exception {
    Path config =
        v2Topic(
            """
            partition:
              count: 0
            retention:
              time: soon
            compression:
              type: brotli
            deduplication:
              bounds: {count: 100}
        custom:
          endpoint: https://x.io
        """);
    assertThat(source(Map.of("RUST_LOG", "off"), "validate", "--config", config.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains(
            "key 'meta.topic.partition.count': expected a whole number " + "of at least 1, got '0'")
        .contains("key 'meta.topic.retention.time': expected a duration")
        .contains(
            "key 'meta.topic.compression.type': expected one of none, gzip, snappy, "
                + "lz4, any, zstd, got 'brotli'")
        .contains("key 'meta.topic.deduplication': deduplication is not supported");
  }

  @Test
  void transformStepsKeepUsesWithAndLookbackAndWarnAboutOtherKeys() throws Exception {
    // sql-connector's config-example.yaml has invoke: insert; fluvio's steps may have lookback
    Path config =
        withMeta(
            """
        custom:
          endpoint: https://x.io
        transforms:
          - uses: infinyon/json-sql@0.1.0
            invoke: insert
            with:
              mapping: {table: t}
          - uses: local.wasm
            lookback: {last: 10, age: {secs: 90, nanos: 0}}
        """);
    List<Violation> problems = new ArrayList<>();
    ConfigFile file =
        ConfigFile.load(
            config,
            new ConfigFile.Keys(Map.of("endpoint", "endpoint"), java.util.Set.of()),
            SecretStore.environment(Map.of()),
            problems);
    assertThat(file.values().get("transform"))
        .containsExactly(
            "{\"uses\":\"infinyon/json-sql@0.1.0\",\"with\":{\"mapping\":{\"table\":\"t\"}}}",
            "{\"uses\":\"local.wasm\",\"lookback\":{\"last\":10,\"age\":{\"secs\":90,"
                + "\"nanos\":0}}}");
    assertThat(file.warnings())
        .singleElement()
        .asString()
        .endsWith(
            "ignoring unknown key 'transforms[0].invoke' (a step has uses, with, " + "lookback)");
    assertThat(problems).isEmpty();
  }

  @Test
  void serdeDurationsAreReadForDurationOptions() throws Exception {
    // The mqtt-connector writes timeout: {secs: 30, nanos: 0}
    Path config =
        file(
            "c.yaml",
            """
        meta: {name: x, type: fixture-source, topic: t}
        custom:
          endpoint: https://x.io
          interval: {secs: 1, nanos: 500000000}
        """);
    assertThat(source(Map.of("RUST_LOG", "off"), "--dry-run", "--config", config.toString()))
        .as(stderr())
        .isZero();
    assertThat(((Fixture.Options) Fixture.SEEN.get(0)).interval())
        .isEqualTo(Duration.ofMillis(1500));
  }
}
