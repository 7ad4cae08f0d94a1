package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.Direction;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import io.tributary.spi.OptionSpecs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@link FlagParser} reads well-formed command lines exactly as picocli does, and leaves every
 * other line to picocli.
 */
class FlagParserTest {
  private static final List<OptionModel> OPTIONS =
      List.of(
          OptionModel.builder("endpoint", OptionType.URI).aliases("url", "address").build(),
          OptionModel.builder("retries", OptionType.INT).defaultValue("3").build(),
          OptionModel.builder("header", OptionType.STRING).container(Container.LIST).build(),
          OptionModel.builder("label", OptionType.STRING).container(Container.MAP).build(),
          OptionModel.builder("tag", OptionType.STRING).container(Container.SET).build(),
          OptionModel.builder("token", OptionType.STRING)
              .container(Container.OPTIONAL)
              .secret()
              .build(),
          OptionModel.builder("verbose", OptionType.BOOLEAN).build(),
          OptionModel.builder("legacy", OptionType.BOOLEAN).deprecated().build(),
          OptionModel.builder("count", OptionType.LONG).container(Container.OPTIONAL_LONG).build());

  /** What the annotation processor generates for {@link #OPTIONS}, built by picocli. */
  private static final class Generated extends NoOptions {
    private final Direction direction;

    Generated(Direction direction) {
      this.direction = direction;
    }

    @Override
    public ConnectorModel model() {
      return new ConnectorModel("flags", direction, "1.0.0", "Flags.", "Flags", OPTIONS);
    }

    @Override
    public void addOptions(CommandSpec spec) {
      for (OptionModel o : OPTIONS) {
        // The kind the processor writes for each option (DefinitionWriter.kind).
        int kind =
            o.container().isRepeatable()
                ? OptionSpecs.REPEATABLE
                : o.isFlag() ? OptionSpecs.BOOLEAN_FLAG : OptionSpecs.SINGLE;
        spec.addOption(
            OptionSpecs.option(
                o.flag(),
                "<x>",
                o.deprecated() ? kind | OptionSpecs.HIDDEN : kind,
                "",
                o.aliases().stream().map(a -> "--" + a).toArray(String[]::new)));
      }
    }
  }

  private static final List<String> SINK_ONLY =
      List.of("--fluvio-partition", "--consumer-id", "--offset-start", "--offset-strategy");
  private static final List<String> SOURCE_ONLY = List.of("--create-topic", "--producer-linger");

  /** Lines it reads itself. */
  private static final List<List<String>> WELL_FORMED =
      List.of(
          List.of(),
          List.of("validate"),
          List.of("--fluvio-topic", "t"),
          List.of("validate", "--fluvio-topic", "t", "--count", "3"),
          List.of("--fluvio-topic=t", "--count=3", "--dry-run"),
          List.of("--dry-run", "--fluvio-topic", "t"),
          List.of("--dry-run=false", "--verbose", "--legacy"),
          List.of("--header", "A:1", "--header=B:2", "--header", "A:1", "--label", "k=v"),
          List.of(
              "--tag",
              "x",
              "--tag",
              "y",
              "--transform",
              "{\"uses\":\"a.wasm\"}",
              "--transform",
              "{\"uses\":\"b.wasm\",\"with\":{\"k\":\"v w\"}}"),
          List.of("--url", "https://x.io/a?b=c", "--token", "s3cr=et", "--retries", "abc"),
          List.of("--address=h:1", "--array-map", "m.wasm", "--rust-log", "debug,a=trace"),
          List.of("--endpoint", "\"quoted\"", "--count", "'1'", "--fluvio-topic", "a b"),
          List.of("--config", "c.yaml", "--secrets", "s.env", "--on-record-error", "retry"),
          List.of("--create-topic", "--producer-linger", "5ms", "--verbose"),
          List.of("--fluvio-partition", "0", "--fluvio-partition", "all", "--consumer-id", "c"),
          List.of("--offset-start", "end-5", "--offset-strategy", "auto", "--dry-run"));

  /** Lines left to picocli: help, errors, and forms picocli may read differently. */
  private static final List<List<String>> LEFT_TO_PICOCLI =
      List.of(
          List.of("--help"),
          List.of("-h"),
          List.of("validate", "--help"),
          List.of("--version"),
          List.of("-V"),
          List.of("metadata"),
          List.of("--fluvio-topic", "t", "validate"),
          List.of("--nope", "x"),
          List.of("--fluvio-topi", "x"),
          List.of("--count"),
          List.of("--count", "--dry-run"),
          List.of("--count", "-1"),
          List.of("--count=-1"),
          List.of("--count", "1", "--count", "2"),
          List.of("--endpoint", "a", "--url", "b"),
          List.of("--fluvio-topic="),
          List.of("--fluvio-topic", "validate"),
          List.of("--fluvio-topic", "metadata"),
          List.of("--dry-run", "true"),
          List.of("--dry-run", "--nope"),
          List.of("--verbose", "x"),
          List.of("stray"),
          List.of("--", "--fluvio-topic", "t"),
          List.of("@args.txt"),
          List.of("--fluvio-topic", "@t"),
          List.of("--fluvio-topic", "t", "--dry-run=false", "--dry-run"),
          List.of("--consumer-id", "c"), // a sink's option, given to a source
          List.of("validate", "validate"));

  @Test
  void readsWellFormedLinesExactlyAsPicocli() {
    for (Direction direction : Direction.values()) {
      Generated definition = new Generated(direction);
      for (List<String> line : WELL_FORMED) {
        if (direction == Direction.SOURCE && line.stream().anyMatch(SINK_ONLY::contains)
            || direction == Direction.SINK && line.stream().anyMatch(SOURCE_ONLY::contains)) {
          continue;
        }
        String[] args = line.toArray(String[]::new);
        FlagParser.Parsed fast = FlagParser.parse(OPTIONS, direction, args);
        ConnectorCommand.Outcome picocli = ConnectorCommand.parse(definition, args, console());
        assertThat(fast).as("%s %s", direction, line).isNotNull();
        assertThat(picocli.parsed()).as("%s %s", direction, line).isNotNull();
        assertThat(fast.subcommand()).as("%s", line).isEqualTo(picocli.parsed().subcommand());
        assertThat(values(fast.flags()))
            .as("%s", line)
            .containsExactlyEntriesOf(values(picocli.parsed().flags()));
        assertThat(fast.names()).as("%s", line).containsExactlyEntriesOf(picocli.parsed().names());
      }
    }
  }

  @Test
  void leavesEveryOtherLineToPicocli() {
    for (List<String> line : LEFT_TO_PICOCLI) {
      assertThat(FlagParser.parse(OPTIONS, Direction.SOURCE, line.toArray(String[]::new)))
          .as("%s", line)
          .isNull();
    }
  }

  @Test
  void aSinkHasItsOwnOptionsAndNotASourcesOnes() {
    String[] sinkLine = {"--fluvio-topic", "t", "--consumer-id", "c", "--offset-start", "end"};
    assertThat(FlagParser.parse(OPTIONS, Direction.SINK, sinkLine)).isNotNull();
    assertThat(FlagParser.parse(OPTIONS, Direction.SOURCE, sinkLine)).isNull();
    String[] sourceLine = {"--fluvio-topic", "t", "--producer-linger", "5ms"};
    assertThat(FlagParser.parse(OPTIONS, Direction.SOURCE, sourceLine)).isNotNull();
    assertThat(FlagParser.parse(OPTIONS, Direction.SINK, sourceLine)).isNull();
  }

  @Test
  void valuesAreFiledUnderTheOptionsNameInFirstAppearanceOrder() {
    FlagParser.Parsed parsed =
        FlagParser.parse(
            OPTIONS,
            Direction.SOURCE,
            new String[] {"--header", "a", "--url", "https://x", "--header", "b", "--dry-run"});
    assertThat(values(parsed.flags()))
        .containsExactly(
            Map.entry("header", List.of("a", "b")),
            Map.entry("endpoint", List.of("https://x")),
            Map.entry("dry-run", List.of("true")));
    assertThat(parsed.names())
        .containsEntry("url", "endpoint")
        .containsEntry("array-map", "arraymap")
        .containsEntry("fluvio-topic", "fluvio-topic");
  }

  private static Map<String, List<String>> values(RawArgs raw) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name : raw.names()) {
      values.put(name, new ArrayList<>(raw.get(name)));
    }
    return values;
  }

  private static Console console() {
    return new Console(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Map.of());
  }
}
