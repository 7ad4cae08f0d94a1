package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The class-data sharing archive's training line takes the success path of {@code validate}. */
class ArchiveTrainingTest {
  @Test
  void givesEveryRequiredOptionAValueThatValidates() {
    Fixture.SourceDefinition definition = new Fixture.SourceDefinition();
    String[] line = ArchiveTraining.validLine(definition);
    assertThat(line)
        .containsExactly(
            "validate", "--fluvio-topic", "training", "--endpoint", "http://localhost/");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("RUST_LOG", "off"));
    assertThat(ConnectorRunner.run(definition, line, console))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("fixture-source: options are valid\n");
  }
}
