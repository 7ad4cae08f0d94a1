package io.tributary.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/expected}. Run the tests with {@code
 * -Dgolden.update=true} to rewrite them from the current output (then review the diff).
 */
final class Goldens {
  private static final Path ROOT =
      Path.of(System.getProperty("golden.root", "src/test/resources/expected"));
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Goldens() {}

  /** Asserts that {@code actual} is byte for byte the golden file, or rewrites it. */
  static void assertGolden(String relativePath, byte[] actual) {
    Path golden = ROOT.resolve(relativePath);
    try {
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.write(golden, actual);
        return;
      }
      assertTrue(
          Files.exists(golden),
          "missing golden " + golden + "; run with -Dgolden.update=true to create it");
      assertEquals(
          Files.readString(golden, StandardCharsets.UTF_8),
          new String(actual, StandardCharsets.UTF_8),
          "differs from golden " + golden + " (rewrite with -Dgolden.update=true)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
