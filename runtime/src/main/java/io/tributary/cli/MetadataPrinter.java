package io.tributary.cli;

import io.tributary.schema.ConnectorModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code metadata} fast path: copies the metadata resource to standard output without loading
 * the connector or the CLI machinery. The connector's name comes from {@code
 * META-INF/tributary/connectors.list}, written by the annotation processor.
 */
final class MetadataPrinter {
  // Compile-time constants, inlined: this path does not load ConnectorModel.
  static final String LIST = ConnectorModel.LIST_RESOURCE;
  static final String DIR = ConnectorModel.RESOURCE_DIR;

  private MetadataPrinter() {}

  /**
   * Prints the metadata document of the connector named by {@link Main#SELECT}, else of the one
   * connector the jar lists; returns the exit code.
   */
  static int print(ClassLoader loader, OutputStream out, PrintStream err) throws IOException {
    String selected = System.getenv(Main.SELECT);
    if (selected != null) {
      return print(loader, selected, out, err);
    }
    List<String> names = names(loader);
    if (names.size() == 1) {
      return print(loader, names.get(0), out, err);
    }
    err.println(
        names.isEmpty()
            ? "error: no connector in this jar: "
                + LIST
                + " is missing (was the Tributary "
                + "annotation processor run?)"
            : "error: this jar holds several connectors ("
                + String.join(", ", names)
                + "); choose one with the environment variable "
                + Main.SELECT);
    return 2;
  }

  /** Prints the metadata document of the named connector; returns the exit code. */
  static int print(ClassLoader loader, String name, OutputStream out, PrintStream err)
      throws IOException {
    try (InputStream in = loader.getResourceAsStream(DIR + name + ".json")) {
      if (in == null) {
        err.println(
            "error: no metadata for connector '" + name + "' (" + DIR + name + ".json is missing)");
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
      // A plain loop: lambdas and streams would cost this start-up path their bootstrap.
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          names.add(line.trim());
        }
      }
      return names;
    }
  }
}
