package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.Direction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CDK's {@code meta.consumer} section, as real connector configs write it. */
class ConfigFileConsumerTest {
  @TempDir Path dir;

  private CommonSettings.Consumer consumer(String yaml, List<Violation> out) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, yaml);
    RawArgs raw =
        ConfigFile.load(
                file,
                new ConfigFile.Keys(Map.of("url", "url"), Set.of()),
                SecretStore.environment(Map.of()),
                out)
            .values();
    return CommonOptions.validate(raw, Direction.SINK, out).consumer();
  }

  @Test
  void theSqlConnectorsOffsetSection() throws Exception {
    // infinyon/sql-connector tests/integration/configs/test_postgres_consumer_offsets.yaml
    List<Violation> out = new ArrayList<>();
    CommonSettings.Consumer c =
        consumer(
            """
        meta:
          name: test-postgres-consumer-offsets
          type: sql-sink
          version: latest
          topic: test-postgres-consumer-offsets
          consumer:
            id: test-postgres-consumer-offsets
            offset:
              strategy: auto
              start: beginning
              flush-period:
                secs: 10
                nanos: 500000000
        sql:
          url: "postgresql://pguser:passpass@127.0.0.1:5432/pguser"
        """,
            out);
    assertThat(out).isEmpty();
    assertThat(c.consumerId()).isEqualTo("test-postgres-consumer-offsets");
    assertThat(c.offsetStrategy()).isEqualTo("auto");
    assertThat(c.offsetStart()).isEqualTo("beginning");
    assertThat(c.offsetFlush()).isEqualTo(Duration.ofMillis(10_500));
    assertThat(c.partitions()).as("all partitions").isEmpty();
  }

  @Test
  void partitionListsAbsoluteAndRelativeStarts() throws Exception {
    List<Violation> out = new ArrayList<>();
    CommonSettings.Consumer c =
        consumer(
            """
        meta:
          topic: t
          consumer:
            partition: [1, 2]
            max_bytes: "1 MB"
            offset: { start: { from-end: 5 }, strategy: manual, flush-period: 2s }
            id: c1
        custom: {}
        """,
            out);
    assertThat(c.partitions()).containsExactly(1, 2);
    assertThat(c.offsetStart()).isEqualTo("end-5");
    assertThat(c.offsetStrategy()).isEqualTo("manual");
    assertThat(c.offsetFlush()).isEqualTo(Duration.ofSeconds(2));
    assertThat(
            consumer(
                    "meta: {topic: t, consumer: {partition: 3, offset: {start: {absolute: "
                        + "100}}}}\n",
                    out)
                .offsetStart())
        .isEqualTo("100");
    assertThat(
            consumer(
                    "meta: {topic: t, consumer: {partition: all, offset: {start: "
                        + "{from-beginning: 7}}}}\n",
                    out)
                .offsetStart())
        .isEqualTo("beginning+7");
  }

  @Test
  void aStrategyWithoutAnIdNamesBothFlags() throws Exception {
    List<Violation> out = new ArrayList<>();
    consumer("meta: {topic: t, consumer: {offset: {strategy: auto}}}\n", out);
    assertThat(out)
        .extracting(Violation::toString)
        .anyMatch(
            v ->
                v.startsWith("--offset-strategy:")
                    && v.contains("--consumer-id")
                    && v.contains("c.yaml"));
  }
}
