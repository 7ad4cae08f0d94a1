package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.Direction;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.protocol.Compression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Producer settings and the consumer's max bytes: flags, CDK keys, bad values. */
class ProducerOptionsTest {
  @TempDir Path dir;

  private static CommonSettings validate(Direction direction, List<Violation> out, String... args) {
    RawArgs raw = new RawArgs();
    for (int i = 0; i < args.length; i += 2) {
      raw.put(args[i].substring(2), List.of(args[i + 1]), null);
    }
    return CommonOptions.validate(raw, direction, out);
  }

  private CommonSettings fromConfig(Direction direction, String yaml, List<Violation> out)
      throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, yaml);
    RawArgs raw =
        ConfigFile.load(
                file,
                new ConfigFile.Keys(Map.of("url", "url"), Set.of()),
                SecretStore.environment(Map.of()),
                out)
            .values();
    return CommonOptions.validate(raw, direction, out);
  }

  @Test
  void defaultsAreFluviosAndLeaveTheCodecToTheTopic() {
    List<Violation> out = new ArrayList<>();
    CommonSettings s = validate(Direction.SOURCE, out, "--fluvio-topic", "t");
    assertThat(out).isEmpty();
    assertThat(s.producer())
        .isEqualTo(new CommonSettings.Producer(null, Duration.ofMillis(100), 16_384));
    ProducerConfig config = s.producer().config();
    assertThat(config.compression()).isNull();
    assertThat(config.linger()).isEqualTo(ProducerConfig.defaults().linger());
    assertThat(config.batchSize()).isEqualTo(ProducerConfig.defaults().batchSize());
    assertThat(s.consumer()).isNull();
  }

  @Test
  void flagsSetCodecLingerAndBatchSize() {
    List<Violation> out = new ArrayList<>();
    CommonSettings s =
        validate(
            Direction.SOURCE,
            out,
            "--fluvio-topic",
            "t",
            "--producer-compression",
            "zstd",
            "--producer-linger",
            "5ms",
            "--producer-batch-size",
            "1mb");
    assertThat(out).isEmpty();
    assertThat(s.producer())
        .isEqualTo(new CommonSettings.Producer(Compression.ZSTD, Duration.ofMillis(5), 1_000_000));
    assertThat(
            validate(Direction.SOURCE, out, "--fluvio-topic", "t", "--producer-linger", "0s")
                .producer()
                .linger())
        .isZero();
  }

  @Test
  void anUnknownCodecListsTheFive() {
    List<Violation> out = new ArrayList<>();
    validate(Direction.SOURCE, out, "--fluvio-topic", "t", "--producer-compression", "brotli");
    assertThat(out)
        .extracting(Violation::toString)
        .containsExactly(
            "--producer-compression: expected one of none, gzip, snappy, lz4, zstd, got 'brotli'");
  }

  @Test
  void aMalformedByteSizeNamesTheFlagAndTheForm() {
    List<Violation> out = new ArrayList<>();
    validate(Direction.SOURCE, out, "--fluvio-topic", "t", "--producer-batch-size", "16 kilo");
    validate(Direction.SOURCE, out, "--fluvio-topic", "t", "--producer-batch-size", "0");
    validate(Direction.SOURCE, out, "--fluvio-topic", "t", "--producer-batch-size", "3gb");
    validate(Direction.SINK, out, "--fluvio-topic", "t", "--consumer-max-bytes", "lots");
    validate(Direction.SOURCE, out, "--fluvio-topic", "t", "--producer-linger", "soon");
    assertThat(out)
        .extracting(Violation::toString)
        .containsExactly(
            "--producer-batch-size: expected a byte size like 16384, 16kb, 1mb, 1.5MiB or "
                + "\"44.0 MB\", got '16 kilo'",
            "--producer-batch-size: expected from 1 byte to 2 GiB (2147483647 bytes), got '0' "
                + "(0 bytes)",
            "--producer-batch-size: expected from 1 byte to 2 GiB (2147483647 bytes), got '3gb' "
                + "(3000000000 bytes)",
            "--consumer-max-bytes: expected a byte size like 16384, 16kb, 1mb, 1.5MiB or "
                + "\"44.0 MB\", got 'lots'",
            "--producer-linger: expected a duration like 10s, 1m30s, 250ms or PT10S, "
                + "got 'soon'");
  }

  @Test
  void theCdksProducerSectionAsItsOwnTestConfigWritesIt() throws Exception {
    // infinyon/fluvio crates/fluvio-connector-package/test-data/connectors/full-config.yaml
    List<Violation> out = new ArrayList<>();
    CommonSettings s =
        fromConfig(
            Direction.SOURCE,
            """
        apiVersion: 0.1.0
        meta:
          version: 0.1.0
          name: my-test-mqtt
          type: mqtt-source
          topic: my-mqtt
          producer:
            linger: 1ms
            batch-size: "44.0 MB"
            compression: gzip
        """,
            out);
    assertThat(out).isEmpty();
    assertThat(s.producer())
        .isEqualTo(new CommonSettings.Producer(Compression.GZIP, Duration.ofMillis(1), 44_000_000));
    CommonSettings numeric =
        fromConfig(
            Direction.SOURCE,
            """
        meta: {topic: t, producer: {batch_size: 1600, compression: none}}
        """,
            out);
    assertThat(out).isEmpty();
    assertThat(numeric.producer().batchSize()).isEqualTo(1600);
    assertThat(numeric.producer().compression()).isEqualTo(Compression.NONE);
  }

  @Test
  void theCdksConsumerMaxBytesInBothSpellings() throws Exception {
    List<Violation> out = new ArrayList<>();
    assertThat(
            fromConfig(Direction.SINK, "meta: {topic: t, consumer: {max_bytes: \"1 MB\"}}\n", out)
                .consumer()
                .maxBytes())
        .isEqualTo(1_000_000);
    assertThat(
            fromConfig(Direction.SINK, "meta: {topic: t, consumer: {max-bytes: 1400}}\n", out)
                .consumer()
                .maxBytes())
        .isEqualTo(1400);
    assertThat(out).isEmpty();
    assertThat(validate(Direction.SINK, out, "--fluvio-topic", "t").consumer().maxBytes())
        .isEqualTo(1_048_588);
  }

  @Test
  void aBadCdkValueNamesTheFlagAndTheFile() throws Exception {
    List<Violation> out = new ArrayList<>();
    fromConfig(
        Direction.SOURCE,
        "meta: {topic: t, producer: {compression: lzma, batch-size: " + "1aoeu}}\n",
        out);
    assertThat(out)
        .extracting(Violation::toString)
        .anySatisfy(
            v ->
                assertThat(v)
                    .startsWith(
                        "--producer-compression: expected one of none, gzip, snappy, lz4, zstd, "
                            + "got 'lzma'")
                    .contains("c.yaml"));
    assertThat(out)
        .extracting(Violation::toString)
        .anySatisfy(
            v ->
                assertThat(v)
                    .startsWith("--producer-batch-size: expected a byte size")
                    .contains("'1aoeu'")
                    .contains("c.yaml"));
  }
}
