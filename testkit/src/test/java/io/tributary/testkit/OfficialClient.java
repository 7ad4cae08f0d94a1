package io.tributary.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the official Fluvio client (npm {@code @fluvio/client@0.14.9}, the Rust client as a native
 * Node module) through {@code src/test/node/oracle.js}.
 *
 * <p>The package is found through the system property or environment variable {@code
 * TRIBUTARY_FLUVIO_CLIENT_DIR}, else {@code <repo root>/.tools/node_modules/@fluvio/client}. When
 * it is missing, tests fail if {@code CI=true} and are skipped otherwise.
 */
final class OfficialClient {
  static final String INSTALL =
      "npm install --ignore-scripts --prefix .tools @fluvio/client@0.14.9";
  private static final HexFormat HEX = HexFormat.of();

  /** A record as the oracle script exchanges it. */
  record Rec(byte[] key, byte[] value) {
    String json() {
      return "{\"key\":"
          + (key == null ? "null" : "\"" + HEX.formatHex(key) + "\"")
          + ",\"value\":\""
          + HEX.formatHex(value)
          + "\"}";
    }

    static Rec parse(String json) {
      return new Rec(field(json, "key"), field(json, "value"));
    }

    private static byte[] field(String json, String name) {
      int at = json.indexOf("\"" + name + "\":");
      if (at < 0) {
        throw new IllegalArgumentException("no " + name + " in oracle output: " + json);
      }
      int start = at + name.length() + 3;
      if (json.startsWith("null", start)) {
        return null;
      }
      return HEX.parseHex(json.substring(start + 1, json.indexOf('"', start + 1)));
    }
  }

  private final Path dir;
  private final Path script;

  private OfficialClient(Path dir, Path script) {
    this.dir = dir;
    this.script = script;
  }

  /** Locates the package, or fails (CI) / skips (elsewhere) with how to install it. */
  static OfficialClient locate() {
    Path root =
        Path.of(System.getProperty("tributary.repo.root", "..")).toAbsolutePath().normalize();
    String configured =
        System.getProperty(
            "TRIBUTARY_FLUVIO_CLIENT_DIR", System.getenv("TRIBUTARY_FLUVIO_CLIENT_DIR"));
    Path dir =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : root.resolve(".tools/node_modules/@fluvio/client");
    Path script = root.resolve("testkit/src/test/node/oracle.js");
    String problem = null;
    if (!Files.isRegularFile(dir.resolve("dist/linux/index.node"))) {
      problem =
          "the official Fluvio client is not installed at "
              + dir
              + " (set "
              + "TRIBUTARY_FLUVIO_CLIENT_DIR, or run in the repository root: "
              + INSTALL
              + ")";
    } else if (!nodeAvailable()) {
      problem = "'node' is not on the PATH; the official Fluvio client runs on Node.js";
    }
    if (problem != null) {
      if ("true".equals(System.getenv("CI"))) {
        fail(problem);
      }
      Assumptions.abort(problem);
    }
    return new OfficialClient(dir, script);
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Produces records with the official producer, then flushes. */
  void produce(String endpoint, String topic, List<Rec> records) throws Exception {
    Path file = Files.createTempFile("oracle-", ".jsonl");
    try {
      Files.write(file, records.stream().map(Rec::json).toList(), StandardCharsets.UTF_8);
      run(List.of(endpoint, "produce", topic, file.toString()));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Consumes {@code count} records of a partition from {@code from} with the official consumer. */
  List<Rec> consume(String endpoint, String topic, int partition, int count, String from)
      throws Exception {
    List<Rec> out = new ArrayList<>();
    for (String line :
        run(
            List.of(
                endpoint,
                "consume",
                topic,
                String.valueOf(partition),
                String.valueOf(count),
                from))) {
      if (line.startsWith("{")) {
        out.add(Rec.parse(line));
      }
    }
    return out;
  }

  /** Starts a consumer in the background; its records are read with {@link Background#await}. */
  Background consumeInBackground(
      String endpoint, String topic, int partition, int count, String from) throws IOException {
    return new Background(
        start(
            List.of(
                endpoint,
                "consume",
                topic,
                String.valueOf(partition),
                String.valueOf(count),
                from)));
  }

  /** A running oracle process. */
  static final class Background {
    private final Process process;
    private final java.io.BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    Background(Process process) {
      this.process = process;
      this.out =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Waits until the consumer's stream is open (its start offset resolved): records produced after
     * this return are the ones an {@code end} consumer must see.
     */
    void awaitStreaming() throws IOException {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.equals("streaming")) {
          return;
        }
        lines.add(line);
      }
      fail("official client ended before opening its stream: " + lines);
    }

    List<Rec> await() throws Exception {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
      }
      finish(process);
      return lines.stream().filter(l -> l.startsWith("{")).map(Rec::parse).toList();
    }
  }

  private Process start(List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("node", script.toString(), dir.toString()));
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectErrorStream(false).start();
  }

  private List<String> run(List<String> args) throws Exception {
    return finish(start(args));
  }

  private static List<String> finish(Process p) throws Exception {
    // Read while it runs: output beyond the pipe's buffer (64 KiB) would block the script. The
    // script ends itself after 30 s, which ends this read.
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(45, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("official client did not finish within 45 s");
    }
    if (p.exitValue() != 0) {
      fail("official client failed (exit " + p.exitValue() + "): " + err + out);
    }
    return out.lines().toList();
  }
}
