package io.tributary.cli;

import io.tributary.Direction;
import io.tributary.metrics.CdkMetricsSocket;
import io.tributary.schema.OptionModel;
import io.tributary.spi.CommonOptionTable;
import io.tributary.spi.ConnectorDefinition;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run of a connector's class-data sharing archive: the connector parent runs it at
 * package time with {@code -XX:ArchiveClassesAtExit}, so that the classes {@code metadata} and
 * {@code validate} load are kept, parsed and verified, in {@code target/<artifactId>.jsa}, which
 * the single executable maps instead of reading them from the jar again (docs/connector-parent.md).
 *
 * <p>It runs {@code metadata}, a {@code validate} with every required option given a plausible
 * value (an example, else a value of its type), and a {@code validate} missing them (the error
 * path), then loads the classes running the connector needs from the runtime and the Fluvio client.
 * Only the classes matter, not the outcome: it prints nothing and exits 0.
 */
public final class ArchiveTraining {
  /**
   * The wire protocol's codecs, whose tables of method references are built when the class is
   * initialized: initialized here, so the archive keeps those lambdas' classes too. They are plain
   * data, without side effects.
   */
  private static final String CODECS = "io/tributary/fluvio/protocol/";

  /**
   * System property: a class path holding {@code tributary-testkit} (the connector parent passes
   * the project's test class path). With it, a source sends a record to a test cluster started from
   * it and a sink reads it back, so the archive also holds what producing and consuming load,
   * lambdas included.
   */
  static final String TESTKIT_PROPERTY = "tributary.archive.testkit";

  private ArchiveTraining() {}

  /**
   * Starts the test cluster in a child process (its classes stay out of this JVM, and so out of the
   * archive), runs {@link TrainingConnector}'s source and sink against it, and stops it. Any
   * failure only leaves those classes out.
   */
  static void againstTestCluster(String classPath, PrintStream discard) {
    Process cluster = null;
    Path metrics = null;
    try {
      cluster =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  classPath,
                  "io.tributary.testkit.TestClusterMain",
                  "--port",
                  "0")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String endpoint = endpoint(cluster);
      if (endpoint == null) {
        return;
      }
      metrics = Files.createTempFile("tributary-training", ".sock");
      Console console =
          new Console(
              new ByteArrayInputStream(new byte[0]),
              discard,
              discard,
              Map.of("RUST_LOG", "off", CdkMetricsSocket.ENV, metrics.toString()));
      String[] common = {"--fluvio-endpoint", endpoint, "--fluvio-topic", "training"};
      ConnectorRunner.run(new TrainingConnector(Direction.SOURCE), common, console);
      String[] sink = Arrays.copyOf(common, common.length + 2);
      sink[common.length] = "--offset-start";
      sink[common.length + 1] = "beginning";
      ConnectorRunner.run(new TrainingConnector(Direction.SINK), sink, console);
    } catch (IOException | RuntimeException e) {
      // no test cluster: only the classes preload() loads
    } finally {
      if (cluster != null) {
        cluster.destroy();
      }
      if (metrics != null) {
        metrics.toFile().delete();
      }
    }
  }

  /** The SC endpoint the test cluster prints once ready, or {@code null} if it stops before. */
  private static String endpoint(Process cluster) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      int sc = line.indexOf("ready: SC ");
      if (sc >= 0) {
        String rest = line.substring(sc + "ready: SC ".length());
        int end = rest.indexOf(',');
        return end < 0 ? rest.trim() : rest.substring(0, end).trim();
      }
    }
    return null;
  }

  /** Runs the three commands against discarded output. */
  public static void main(String[] args) throws IOException {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true);
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]), discard, discard, Map.of("RUST_LOG", "off"));
    MetadataPrinter.print(Main.class.getClassLoader(), OutputStream.nullOutputStream(), discard);
    String selected = System.getenv(Main.SELECT);
    try {
      ConnectorDefinition<?> definition = ConnectorRunner.find(selected);
      ConnectorRunner.run(definition, validLine(definition), console);
      ConnectorRunner.run(definition, new String[] {ConnectorCommand.VALIDATE}, console);
    } catch (IllegalStateException e) {
      // No connector in the jar, or several and none selected: nothing more to load.
    }
    String testkit = System.getProperty(TESTKIT_PROPERTY, "");
    if (!testkit.isBlank()) {
      againstTestCluster(testkit, discard);
    }
    preload(ArchiveTraining.class);
    System.exit(0);
  }

  /**
   * Loads the classes of the runtime and of the Fluvio client in the jar holding {@code anchor}
   * (all of {@code io/tributary/} but the SmartModule engine, which only transforms need): what
   * running a connector loads beyond {@code validate}. Only the {@link #CODECS} are initialized.
   */
  static int preload(Class<?> anchor) {
    int loaded = 0;
    try (JarFile jar =
        new JarFile(new File(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.startsWith("io/tributary/")
            && name.endsWith(".class")
            && !name.startsWith("io/tributary/smartmodule/")) {
          try {
            Class.forName(
                name.substring(0, name.length() - 6).replace('/', '.'),
                name.startsWith(CODECS),
                anchor.getClassLoader());
            loaded++;
          } catch (ClassNotFoundException | LinkageError e) {
            // not loadable here: it stays out of the archive
          }
        }
      }
    } catch (IOException | URISyntaxException | SecurityException e) {
      // no jar to read (classes from a directory): nothing more to load
    }
    return loaded;
  }

  /** {@code validate --fluvio-topic training} and a value for each required option. */
  static String[] validLine(ConnectorDefinition<?> definition) {
    List<String> line =
        new ArrayList<>(
            List.of(ConnectorCommand.VALIDATE, "--" + CommonOptionTable.TOPIC, "training"));
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
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case DECIMAL:
        return "1";
      case DURATION:
        return "1s";
      case URI:
      case URL:
        return "http://localhost/";
      case SOCKET_ADDRESS:
        return "localhost:1";
      default:
        return "training";
    }
  }
}
