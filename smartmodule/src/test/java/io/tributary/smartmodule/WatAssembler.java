package io.tributary.smartmodule;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the test SmartModules from {@code src/test/wat/*.wat} with {@code wat2wasm} (Debian
 * package {@code wabt}) into {@code target/test-wasm/}. A line {@code ;;@include x.wati} is
 * replaced by the file {@code x.wati} from the same folder. Rebuilds only when a source is newer.
 *
 * <p>{@code wat2wasm} is looked up in the {@code WAT2WASM} environment variable, then on the {@code
 * PATH}; when it is missing the tests fail with a message saying to install wabt.
 */
final class WatAssembler {
  private static final Pattern INCLUDE = Pattern.compile("(?m)^\\s*;;@include\\s+(\\S+)\\s*$");

  private WatAssembler() {}

  static Path watDir() {
    return Path.of(System.getProperty("tributary.wat.dir", "src/test/wat"));
  }

  static Path wasmDir() {
    return Path.of(System.getProperty("tributary.wasm.dir", "target/test-wasm"));
  }

  /** The assembled {@code .wasm} for {@code src/test/wat/<name>.wat}. */
  static synchronized Path wasm(String name) {
    Path source = watDir().resolve(name + ".wat");
    Path out = wasmDir().resolve(name + ".wasm");
    try {
      List<Path> inputs = new ArrayList<>();
      String text = expand(source, inputs);
      if (isFresh(out, inputs)) {
        return out;
      }
      Files.createDirectories(out.getParent());
      Path expanded = wasmDir().resolve(name + ".expanded.wat");
      Files.writeString(expanded, text);
      run(List.of(wat2wasm(), expanded.toString(), "-o", out.toString()));
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot assemble " + source + ": " + e.getMessage(), e);
    }
  }

  private static String expand(Path source, List<Path> inputs) throws IOException {
    inputs.add(source);
    String text = Files.readString(source);
    Matcher m = INCLUDE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Path included = source.resolveSibling(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(expand(included, inputs)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static boolean isFresh(Path out, List<Path> inputs) throws IOException {
    if (!Files.exists(out)) {
      return false;
    }
    FileTime built = Files.getLastModifiedTime(out);
    for (Path in : inputs) {
      if (Files.getLastModifiedTime(in).compareTo(built) > 0) {
        return false;
      }
    }
    return true;
  }

  static String wat2wasm() {
    String configured = System.getenv("WAT2WASM");
    if (configured != null && !configured.isBlank()) {
      if (Files.isExecutable(Path.of(configured))) {
        return configured;
      }
      throw new IllegalStateException(
          "WAT2WASM="
              + configured
              + " is not an executable file;"
              + " the SmartModule tests assemble their modules with wat2wasm. Install wabt"
              + " (Debian/Ubuntu: apt-get install -y wabt) or point WAT2WASM at wat2wasm");
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "wat2wasm");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException(
        "wat2wasm not found on PATH; the SmartModule tests assemble"
            + " their modules with it. Install wabt (Debian/Ubuntu: apt-get install -y wabt) or set"
            + " WAT2WASM=/path/to/wat2wasm");
  }

  private static void run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + command, e);
    }
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed:\n" + output);
    }
  }
}
