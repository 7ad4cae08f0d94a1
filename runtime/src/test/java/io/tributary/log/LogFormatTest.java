package io.tributary.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --log-format}: text lines, or one JSON object a line, secrets masked in both. */
class LogFormatTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    LogConfig.setOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    LogConfig.setFilter(RustLogFilter.parse("info"));
    LogConfig.setSecrets(List.of("hunter2-secret"));
  }

  @AfterEach
  void reset() {
    LogConfig.setFormat(LogConfig.Format.TEXT);
    LogConfig.setSecrets(List.of());
    LogConfig.setOutput(System.err);
    LogConfig.setFilter(RustLogFilter.defaults());
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void jsonLinesCarryTimeLevelTargetMessageAndFields() throws Exception {
    LogConfig.setFormat(LogConfig.Format.JSON);
    LogConfig.write("my.target", Level.WARNING, "line \"one\"\nwith hunter2-secret", null);
    LogConfig.write(
        "other",
        Level.ERROR,
        "failed",
        new IllegalStateException("password hunter2-secret refused"));
    List<String> lines = lines();
    assertThat(lines).hasSize(2);
    Map<String, Object> first = JSON.std.mapFrom(lines.get(0));
    assertThat(first).containsOnlyKeys("time", "level", "target", "message", "fields");
    assertThat(first.get("time").toString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(first)
        .containsEntry("level", "WARN")
        .containsEntry("target", "my.target")
        .containsEntry("message", "line \"one\"\nwith ****")
        .containsEntry("fields", Map.of());
    Map<String, Object> second = JSON.std.mapFrom(lines.get(1));
    assertThat(second)
        .containsEntry("level", "ERROR")
        .containsEntry(
            "fields", Map.of("error", "java.lang.IllegalStateException: password **** refused"));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("hunter2");
  }

  @Test
  void debugAddsTheBacktraceAsAField() throws Exception {
    LogConfig.setFormat(LogConfig.Format.JSON);
    LogConfig.setFilter(RustLogFilter.parse("debug"));
    LogConfig.write("t", Level.ERROR, "failed", new RuntimeException("boom"));
    Map<String, Object> line = JSON.std.mapFrom(lines().get(0));
    assertThat(((Map<?, ?>) line.get("fields")).get("backtrace").toString())
        .startsWith("java.lang.RuntimeException: boom")
        .contains("LogFormatTest");
  }

  @Test
  void textIsTheDefault() {
    LogConfig.write("my.target", Level.INFO, "hello hunter2-secret", null);
    assertThat(lines())
        .singleElement()
        .asString()
        .matches("\\d{4}-.*Z  INFO my\\.target: hello \\*\\*\\*\\*");
  }
}
