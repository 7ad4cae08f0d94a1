package io.tributary.fluvio.protocol;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line codec used as an oracle: bytes in on standard input, bytes out on standard output.
 * When the tool is missing, tests fail if {@code CI=true} and are skipped otherwise, with the
 * Debian package to install.
 */
final class ExternalTool {
  private final List<String> command;

  private ExternalTool(List<String> command) {
    this.command = List.copyOf(command);
  }

  /**
   * The first of {@code candidates} whose {@code probe} arguments run with exit 0, or a failure
   * (CI) / skip (elsewhere) naming {@code debianPackage}.
   */
  static ExternalTool locate(String debianPackage, List<String> probe, String... candidates) {
    for (String c : candidates) {
      if (c == null || c.isBlank()) {
        continue;
      }
      List<String> cmd = new ArrayList<>(List.of(c));
      cmd.addAll(probe);
      try {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return new ExternalTool(List.of(c));
        }
      } catch (IOException e) {
        // try the next candidate
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    String problem =
        "the oracle '"
            + String.join(" ", probe)
            + "' needs one of "
            + List.of(candidates)
            + " to work; install the Debian package "
            + debianPackage
            + " (apt-get install -y "
            + debianPackage
            + ")";
    if ("true".equals(System.getenv("CI"))) {
      fail(problem);
    }
    Assumptions.abort(problem);
    return null;
  }

  /** Runs the tool with {@code args}, feeding {@code input}; returns its standard output. */
  byte[] run(byte[] input, String... args) {
    List<String> cmd = new ArrayList<>(command);
    cmd.addAll(List.of(args));
    Path errors = null;
    try {
      errors = Files.createTempFile("oracle-", ".err");
      Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
      Thread feeder =
          new Thread(
              () -> {
                try (OutputStream in = p.getOutputStream()) {
                  in.write(input);
                } catch (IOException e) {
                  // the tool stopped reading; its exit status tells why
                }
              });
      feeder.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(cmd + " did not finish within 120 s");
      }
      feeder.join();
      if (p.exitValue() != 0) {
        fail(cmd + " failed (exit " + p.exitValue() + "): " + Files.readString(errors));
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + cmd + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + cmd, e);
    } finally {
      if (errors != null) {
        errors.toFile().delete();
      }
    }
  }
}
