package io.tributary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code metadata} fast path: copies the metadata resource to standard output without
 * loading the connector or the CLI machinery. The connector's name comes from {@code
 * META-INF/tributary/connectors.list}, written by the annotation processor.
 */
final class MetadataPrinter {
  static final String LIST = "META-INF/tributary/connectors.list";
  static final String DIR = "META-INF/tributary/connectors/";

  private MetadataPrinter() {}

  /** Prints the metadata document; returns the exit code. */
  static int print(ClassLoader loader, String selected, OutputStream out, PrintStream err)
      throws IOException {
    String name = selected;
    if (name == null) {
      List<String> names = names(loader);
      if (names.size() != 1) {
        err.println(names.isEmpty()
            ? "error: no connector in this jar: " + LIST + " is missing (was the Tributary "
                + "annotation processor run?)"
            : "error: this jar holds several connectors (" + String.join(", ", names)
                + "); choose one with the environment variable TRIBUTARY_CONNECTOR");
        return 2;
      }
      name = names.get(0);
    }
    try (InputStream in = loader.getResourceAsStream(DIR + name + ".json")) {
      if (in == null) {
        err.println("error: no metadata for connector '" + name + "' (" + DIR + name
            + ".json is missing)");
        return 2;
      }
      in.transferTo(out);
    }
    out.flush();
    return 0;
  }

  /** The connector names listed in the jar. */
  static List<String> names(ClassLoader loader) throws IOException {
    try (InputStream in = loader.getResourceAsStream(LIST)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
  }
}
