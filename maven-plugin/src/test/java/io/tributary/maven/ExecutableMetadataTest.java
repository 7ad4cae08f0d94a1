package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableMetadataTest {
  private final byte[] bytes = Fixtures.validBytes();
  private final List<MetadataSource> resources =
      List.of(new MetadataSource("classes/http-source.json", "http-source.json", bytes));

  @Test
  void identicalOutputPasses() {
    assertThat(ExecutableMetadata.compare(bytes, "c.jar", resources)).isEmpty();
  }

  @Test
  void missingFinalNewlineIsAMismatch() {
    byte[] printed =
        new String(bytes, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
    assertThat(ExecutableMetadata.compare(printed, "c.jar", resources))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.EXEC_MISMATCH);
              assertThat(p.file()).isEqualTo("classes/http-source.json");
              assertThat(p.message())
                  .contains("first difference at byte " + printed.length)
                  .contains("printed <end>");
            });
  }

  @Test
  void reorderedKeysAreAMismatch() {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String reordered =
        text.replaceFirst(
            "\\{\"name\":\"http-source\",\"direction\":\"source\"",
            "{\"direction\":\"source\",\"name\":\"http-source\"");
    assertThat(
            ExecutableMetadata.compare(
                reordered.getBytes(StandardCharsets.UTF_8), "c.jar", resources))
        .extracting(Problem::rule)
        .containsExactly(Rule.EXEC_MISMATCH);
  }

  @Test
  void outputNamingAnotherConnectorOfSeveralIsReported() {
    List<MetadataSource> two =
        List.of(
            resources.get(0),
            new MetadataSource("classes/b.json", "b.json", "{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(
            ExecutableMetadata.compare(
                "{\"name\":\"zzz\"}\n".getBytes(StandardCharsets.UTF_8), "c.jar", two))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("naming no connector"));
  }

  @Test
  void missingJarIsReported(@TempDir Path tmp) {
    ExecutableMetadata exec =
        new ExecutableMetadata(ExecutableMetadata.currentJava(), Duration.ofSeconds(10));
    assertThat(exec.verify(tmp.resolve("x.jar"), "target/x.jar", resources))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.EXEC_FAILED);
              assertThat(p.file()).isEqualTo("target/x.jar");
            });
  }

  @Test
  void jarWithoutMainClassFailsWithItsErrorOutput(@TempDir Path tmp) throws Exception {
    Path jar = tmp.resolve("plain.jar");
    MetadataFilesTest.writeJar(jar, "a.txt", "x");
    ExecutableMetadata exec =
        new ExecutableMetadata(ExecutableMetadata.currentJava(), Duration.ofSeconds(30));
    assertThat(exec.verify(jar, "plain.jar", resources))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.EXEC_FAILED);
              assertThat(p.message()).contains("exited with 1: Error: ");
            });
  }

  @Test
  void eachConnectorOfAJarIsRunByName(@TempDir Path tmp) throws Exception {
    // A stand-in for java that behaves like a jar holding two connectors: it prints the one
    // TRIBUTARY_CONNECTOR names, and without it refuses, as the runtime does.
    byte[] other =
        new String(bytes, StandardCharsets.UTF_8)
            .replace("\"name\":\"http-source\"", "\"name\":\"b\"")
            .getBytes(StandardCharsets.UTF_8);
    Files.write(tmp.resolve("http-source.json"), bytes);
    Files.write(tmp.resolve("b.json"), other);
    Path fakeJava = tmp.resolve("java");
    Files.writeString(
        fakeJava,
        "#!/bin/sh\n"
            + "[ -n \"$TRIBUTARY_CONNECTOR\" ] || { echo 'this jar holds several connectors' >&2; exit 2; }\n"
            + "exec cat \""
            + tmp
            + "/$TRIBUTARY_CONNECTOR.json\"\n");
    fakeJava.toFile().setExecutable(true);
    Path jar = Files.createFile(tmp.resolve("two.jar"));
    List<MetadataSource> two =
        List.of(resources.get(0), new MetadataSource("classes/b.json", "b.json", other));
    ExecutableMetadata exec = new ExecutableMetadata(fakeJava, Duration.ofSeconds(30));
    assertThat(exec.verify(jar, "two.jar", two)).isEmpty();

    List<MetadataSource> stale =
        List.of(
            resources.get(0),
            new MetadataSource(
                "classes/b.json", "b.json", "{}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(exec.verify(jar, "two.jar", stale))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.EXEC_MISMATCH);
              assertThat(p.file()).isEqualTo("classes/b.json");
            });
  }
}
