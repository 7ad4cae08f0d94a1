package io.tributary.cli;

import io.tributary.schema.OptionModel;
import io.tributary.spi.CommonOptionTable;
import io.tributary.spi.ConnectorDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run of a connector's class-data sharing archive: the connector parent runs it
 * at package time with {@code -XX:ArchiveClassesAtExit}, so that the classes {@code metadata}
 * and {@code validate} load are kept, parsed and verified, in {@code target/<artifactId>.jsa},
 * which the single executable maps instead of reading them from the jar again
 * (docs/connector-parent.md).
 *
 * <p>It runs {@code metadata}, a {@code validate} with every required option given a plausible
 * value (an example, else a value of its type), and a {@code validate} missing them (the error
 * path). Only the classes matter, not the outcome: it prints nothing and exits 0.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /** Runs the three commands against discarded output. */
  public static void main(String[] args) throws IOException {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true);
    Console console = new Console(new ByteArrayInputStream(new byte[0]), discard, discard,
        Map.of("RUST_LOG", "off"));
    MetadataPrinter.print(Main.class.getClassLoader(), OutputStream.nullOutputStream(), discard);
    String selected = System.getenv(Main.SELECT);
    try {
      ConnectorDefinition<?> definition = ConnectorRunner.find(selected);
      ConnectorRunner.run(definition, validLine(definition), console);
      ConnectorRunner.run(definition, new String[] {ConnectorCommand.VALIDATE}, console);
    } catch (IllegalStateException e) {
      // No connector in the jar, or several and none selected: nothing more to load.
    }
    System.exit(0);
  }

  /** {@code validate --fluvio-topic training} and a value for each required option. */
  static String[] validLine(ConnectorDefinition<?> definition) {
    List<String> line = new ArrayList<>(List.of(ConnectorCommand.VALIDATE,
        "--" + CommonOptionTable.TOPIC, "training"));
    for (OptionModel option : definition.model().options()) {
      if (option.required()) {
        line.add(option.flag());
        line.add(option.examples().isEmpty() ? sample(option) : option.examples().get(0));
      }
    }
    return line.toArray(new String[0]);
  }

  private static String sample(OptionModel option) {
    switch (option.type()) {
      case ENUM:
        return option.enumValues().isEmpty() ? "training" : option.enumValues().get(0);
      case BYTE: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE: case DECIMAL:
        return "1";
      case DURATION:
        return "1s";
      case URI: case URL:
        return "http://localhost/";
      case SOCKET_ADDRESS:
        return "localhost:1";
      default:
        return "training";
    }
  }
}
