package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SmartModules through the CLI: the project's own test modules (smartmodule/src/test/wat),
 * assembled by scripts/build-test-wasm.sh with wat2wasm.
 */
class SmartModuleCliTest {
  static Path wasm;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void assemble() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    wasm = Path.of("target/test-wasm").toAbsolutePath();
    Process p =
        new ProcessBuilder(root.resolve("scripts/build-test-wasm.sh").toString(), wasm.toString())
            .inheritIO()
            .start();
    assertThat(p.waitFor()).as("scripts/build-test-wasm.sh (needs wat2wasm from wabt)").isZero();
  }

  static String module(String name) {
    return wasm.resolve(name + ".wasm").toString();
  }

  private int source(List<String> values, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--fluvio-topic", "t", "--dry-run", "--endpoint", "https://x"));
    values.forEach(v -> all.addAll(List.of("--header", v)));
    all.addAll(List.of(args));
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("RUST_LOG", "warn"));
    return ConnectorRunner.run(new Fixture.SourceDefinition(), all.toArray(String[]::new), console);
  }

  private List<String> values() {
    return out.toString(StandardCharsets.UTF_8)
        .lines()
        .map(l -> l.replaceAll(".*\"value\":\"([^\"]*)\".*", "$1"))
        .toList();
  }

  @Test
  void mapAppliesToEveryRecord() {
    assertThat(source(List.of("a", "b"), "--map", module("map_upper"))).as(err.toString()).isZero();
    assertThat(values()).containsExactly("A", "B", "DONE");
  }

  @Test
  void transformChainRunsInOrderWithParameters() {
    int code =
        source(
            List.of("keep-1", "drop", "keep-2"),
            "--transform",
            "{\"uses\":\"" + module("filter_contains") + "\",\"with\":{\"key\":\"keep\"}}",
            "--transform",
            "{\"uses\":\"" + module("map_upper") + "\"}");
    assertThat(code).as(err.toString()).isZero();
    assertThat(values()).containsExactly("KEEP-1", "KEEP-2");
  }

  @Test
  void arrayMapAndFilterMap() {
    assertThat(source(List.of("a,b", "c"), "--arraymap", module("array_map_split"))).isZero();
    assertThat(values()).containsExactly("a", "b", "c", "done");
    out.reset();
    assertThat(source(List.of("+x", "y"), "--filter-map", module("filter_map_plus"))).isZero();
    assertThat(values()).containsExactly("x");
  }

  @Test
  void errorOutputFailsAfterDeliveringEarlierRecords() {
    int code = source(List.of("ok-1", "ok-2", "bad", "ok-3"), "--filter", module("error_output"));
    assertThat(code).isEqualTo(1);
    assertThat(values()).containsExactly("ok-1", "ok-2");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error_output.wasm")
        .contains("offset 2")
        .contains("value contains bad");
  }

  @Test
  void skipDropsOnlyTheFailingRecords() {
    int code =
        source(
            List.of("ok-1", "boom", "ok-2", "boom"),
            "--filter",
            module("trap"),
            "--smartmodule-errors=skip");
    assertThat(code).as(err.toString()).isZero();
    assertThat(values()).containsExactly("ok-1", "ok-2", "done");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("); discarded");
  }

  @Test
  void aDeadLetterTopicGetsTheRecordsASmartModuleFailsOn() throws Exception {
    int code =
        source(
            List.of("ok-1", "boom", "ok-2"),
            "--filter",
            module("trap"),
            "--on-record-error",
            "discard",
            "--dead-letter-topic",
            "t-dlq");
    assertThat(code).as(err.toString()).isZero();
    assertThat(values()).containsExactly("ok-1", "ok-2", "done");
    String line =
        err.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("dead letter for t-dlq: "))
            .findFirst()
            .orElseThrow();
    Map<String, Object> envelope =
        com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(
            line.substring(line.indexOf("dead letter for t-dlq: ") + 23));
    assertThat(envelope).containsEntry("value", "boom");
    assertThat(((Map<?, ?>) envelope.get("error")).get("stage")).isEqualTo("smartmodule");
    assertThat(((Map<?, ?>) envelope.get("origin")).get("topic")).isEqualTo("t");
    assertThat(((Map<?, ?>) envelope.get("origin")).get("offset")).isNull();
  }

  @Test
  void loopingModuleHitsTheTimeLimit() {
    int code =
        source(
            List.of("a", "loop", "b"),
            "--filter",
            module("loop_forever"),
            "--smartmodule-timeout",
            "300ms");
    assertThat(code).isEqualTo(1);
    assertThat(values()).containsExactly("a");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("loop_forever.wasm");
  }

  @Test
  void aLookbackThatIsNotLastAndAgeIsAUsageErrorNamingTheFlag() {
    String step = "{\"uses\":\"" + module("filter_look_back") + "\",\"lookback\":";
    for (String[] bad :
        new String[][] {
          {"{\"last\":-1}", "last is -1"},
          {"{\"age\":\"soon\"}", "age is 'soon'"},
          {"{\"lst\":3}", "got {lst=3}"},
          {"5", "got 5"}
        }) {
      err.reset();
      assertThat(source(List.of("1"), "--transform", step + bad[0] + "}")).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("--transform: the lookback of ")
          .contains("should be {last: N, age: DURATION}")
          .contains(bad[1]);
    }
  }

  @Test
  void aDryRunGivesLookBackNoRecordsAndSaysSo() {
    assertThat(
            source(
                List.of("3", "1", "4"),
                "--transform",
                "{\"uses\":\""
                    + module("filter_look_back")
                    + "\",\"lookback\":{\"last\":2,\"age\":\"1h\"}}",
                "--rust-log",
                "warn"))
        .as(err.toString())
        .isZero();
    assertThat(values()).containsExactly("3", "4");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("lookback: a dry run reads no topic, so look_back is given no records");
  }

  @Test
  void moduleThatDoesNotLoadIsAUsageErrorNamingFlagAndFile() {
    assertThat(source(List.of("a"), "--filter", module("no_transform"))).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--filter: ")
        .contains("no_transform.wasm");
    err.reset();
    assertThat(source(List.of("a"), "--map", module("filter_contains"))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--map: ");
  }

  @Test
  void initRejectingItsParametersShowsTheModulesHint() {
    int code =
        source(
            List.of("a"),
            "--transform",
            "{\"uses\":\"" + module("filter_contains") + "\",\"with\":{\"other\":1}}");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--transform: ")
        .contains("Missing param key");
  }

  @Test
  void sinkAppliesTheChainToConsumedRecords() {
    String input = "{\"value\":\"a,b\"}\n{\"value\":\"c\"}\n";
    Console console =
        new Console(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("RUST_LOG", "off"));
    int code =
        ConnectorRunner.run(
            new Fixture.SinkDefinition(),
            new String[] {
              "--fluvio-topic",
              "t",
              "--dry-run",
              "--endpoint",
              "https://x",
              "--arraymap",
              module("array_map_split")
            },
            console);
    assertThat(code).as(err.toString()).isZero();
    assertThat(Fixture.SEEN)
        .extracting(r -> ((io.tributary.ConsumerRecord) r).valueAsString())
        .containsExactly("a", "b", "c");
  }
}
