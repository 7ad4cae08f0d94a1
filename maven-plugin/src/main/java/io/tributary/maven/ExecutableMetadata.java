package io.tributary.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a connector jar's {@code metadata} command ({@code java -jar <jar> metadata}) and checks
 * that it prints a metadata resource byte for byte.
 */
public final class ExecutableMetadata {
  /** The runtime's environment variable choosing the connector of a jar that holds several. */
  static final String SELECT = "TRIBUTARY_CONNECTOR";

  private final Path java;
  private final Duration timeout;

  /**
   * A verifier running jars with {@code java}.
   *
   * @param java the java launcher, for example {@code $JAVA_HOME/bin/java}
   * @param timeout how long the command may take before it is killed
   */
  public ExecutableMetadata(Path java, Duration timeout) {
    this.java = java;
    this.timeout = timeout;
  }

  /** The java launcher of the running JVM. */
  public static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * Runs {@code jar}'s {@code metadata} once per connector of the module, choosing it with the
   * environment variable {@code TRIBUTARY_CONNECTOR} as a user of a jar holding several must, and
   * compares each output with that connector's resource.
   *
   * @param jar the executable connector jar
   * @param jarDisplay the jar as shown to the user
   * @param resources the module's metadata resources
   */
  public List<Problem> verify(Path jar, String jarDisplay, List<MetadataSource> resources) {
    if (!Files.isRegularFile(jar)) {
      return List.of(Rule.EXEC_FAILED.problem(jarDisplay, "", "the executable jar does not exist"));
    }
    List<Problem> problems = new ArrayList<>();
    for (MetadataSource resource : resources) {
      String command =
          "'"
              + SELECT
              + "="
              + resource.expectedName()
              + " java -jar "
              + jar.getFileName()
              + " metadata'";
      Output run;
      try {
        run =
            run(
                List.of(java.toString(), "-jar", jar.toString(), "metadata"),
                resource.expectedName());
      } catch (IOException e) {
        problems.add(
            Rule.EXEC_FAILED.problem(
                jarDisplay, "", "cannot run " + command + ": " + e.getMessage()));
        continue;
      }
      if (run.exitCode() != 0) {
        problems.add(
            Rule.EXEC_FAILED.problem(
                jarDisplay,
                "",
                command
                    + " "
                    + (run.exitCode() == -1
                        ? "timed out after " + timeout.toSeconds() + " s"
                        : "exited with " + run.exitCode())
                    + tail(run.stderr())));
        continue;
      }
      problems.addAll(compare(run.stdout(), jarDisplay, List.of(resource)));
    }
    return problems;
  }

  /** Compares what the command printed with the resource of the connector it names. */
  public static List<Problem> compare(
      byte[] printed, String jarDisplay, List<MetadataSource> resources) {
    MetadataSource expected = pick(printed, resources);
    if (expected == null) {
      return List.of(
          Rule.EXEC_MISMATCH.problem(
              jarDisplay,
              "",
              "'metadata' printed "
                  + printed.length
                  + " bytes naming no connector of this module"));
    }
    if (Arrays.equals(printed, expected.bytes())) {
      return List.of();
    }
    int at = Arrays.mismatch(printed, expected.bytes());
    return List.of(
        Rule.EXEC_MISMATCH.problem(
            expected.location(),
            "",
            "'java -jar "
                + jarDisplay
                + " metadata' printed "
                + printed.length
                + " bytes, the resource has "
                + expected.bytes().length
                + "; first difference at byte "
                + at
                + ": printed "
                + excerpt(printed, at)
                + ", resource "
                + excerpt(expected.bytes(), at)));
  }

  /** The resource whose connector name the output carries, else the only resource. */
  private static MetadataSource pick(byte[] printed, List<MetadataSource> resources) {
    try {
      String name = Json.parse(printed).path("name").asText("");
      for (MetadataSource r : resources) {
        if (r.expectedName().equals(name)) {
          return r;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: fall through to the single-resource case
    }
    return resources.size() == 1 ? resources.get(0) : null;
  }

  private static String excerpt(byte[] bytes, int at) {
    if (at >= bytes.length) {
      return "<end>";
    }
    int from = Math.max(0, at - 10);
    int to = Math.min(bytes.length, at + 20);
    String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    return "\"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }

  private static String tail(byte[] stderr) {
    String text = new String(stderr, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return "";
    }
    String[] lines = text.split("\\R");
    return ": "
        + String.join(" / ", List.of(lines).subList(Math.max(0, lines.length - 3), lines.length));
  }

  private record Output(int exitCode, byte[] stdout, byte[] stderr) {}

  private Output run(List<String> command, String connector) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    builder.environment().put(SELECT, connector);
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> out = drain(process.getInputStream());
    CompletableFuture<byte[]> err = drain(process.getErrorStream());
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Output(-1, out.join(), err.join());
      }
      return new Output(process.exitValue(), out.join(), err.join());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    Executor ownThread =
        task -> {
          Thread thread = new Thread(task, "tributary-metadata-output");
          thread.setDaemon(true);
          thread.start();
        };
    return CompletableFuture.supplyAsync(
        () -> {
          try (in;
              ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            in.transferTo(buffer);
            return buffer.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        ownThread);
  }
}
