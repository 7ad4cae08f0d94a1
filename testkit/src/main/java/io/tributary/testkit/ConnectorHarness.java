package io.tributary.testkit;

import io.tributary.cli.ConnectorLauncher;
import io.tributary.cli.Console;
import io.tributary.spi.ConnectorDefinition;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a connector in the test's JVM, as its jar would run from the command line — the same
 * options, config file, validation, output and exit codes — against a {@link TestCluster} or in a
 * dry run, and never exits the JVM.
 *
 * <pre>{@code
 * @RegisterExtension
 * static TestClusterExtension fluvio = new TestClusterExtension();
 *
 * @Test
 * void producesThreeRecords() {
 *   try (RunningConnector source = ConnectorHarness.fromClassPath().cluster(fluvio.cluster())
 *       .start("--fluvio-topic", "numbers", "--count", "3", "--interval", "10ms")) {
 *     assertThat(source.awaitRecords(3, Duration.ofSeconds(10))).hasSize(3);
 *     assertThat(source.stop()).isZero();   // as SIGTERM: flush, exit code 0
 *   }
 * }
 * }</pre>
 *
 * <p>A harness is a reusable description (connector, cluster, environment); each {@link #start} is
 * one run. Log settings are process-wide, so run one connector at a time in a test JVM (JUnit runs
 * test methods one after the other unless told otherwise).
 */
public final class ConnectorHarness {
  private final ConnectorDefinition<?> definition;
  private final Map<String, String> env = new HashMap<>(System.getenv());
  private TestCluster cluster;
  private Path config;
  private String topic;

  private ConnectorHarness(ConnectorDefinition<?> definition) {
    this.definition = definition;
  }

  /**
   * The connector the project compiles (found like its jar finds it: through {@code ServiceLoader};
   * set {@code TRIBUTARY_CONNECTOR} with {@link #env} when there are several).
   */
  public static ConnectorHarness fromClassPath() {
    return new ConnectorHarness(null);
  }

  /** The given connector: the {@code Tributary_<Record>} class generated for its options. */
  public static ConnectorHarness of(ConnectorDefinition<?> definition) {
    if (definition == null) {
      throw new IllegalArgumentException("definition is null; use fromClassPath()");
    }
    return new ConnectorHarness(definition);
  }

  /**
   * Runs against {@code cluster}: {@code --fluvio-endpoint} is added to the arguments (unless they
   * hold it or {@code --dry-run}), and records are read from and fed to the cluster.
   */
  public ConnectorHarness cluster(TestCluster cluster) {
    this.cluster = cluster;
    return this;
  }

  /** Sets an environment variable the connector sees (it starts from this JVM's environment). */
  public ConnectorHarness env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Adds {@code --config file}: the connector reads its options from that file too. */
  public ConnectorHarness config(Path file) {
    this.config = file;
    return this;
  }

  /**
   * The topic the connector uses, when the arguments do not name it ({@code --fluvio-topic} in a
   * config file): {@link RunningConnector#awaitRecords} and {@link RunningConnector#feed} use it.
   */
  public ConnectorHarness topic(String name) {
    this.topic = name;
    return this;
  }

  /** Starts the connector with {@code args} (its command line, without the program name). */
  public RunningConnector start(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    if (config != null) {
      all.add("--config");
      all.add(config.toString());
    }
    boolean dryRun = all.contains("--dry-run");
    boolean metadata = !all.isEmpty() && all.get(0).equals("metadata");
    if (cluster != null && !dryRun && !metadata && flag(all, "--fluvio-endpoint") == null) {
      all.add("--fluvio-endpoint");
      all.add(cluster.endpoint());
    }
    String named = topic != null ? topic : flag(all, "--fluvio-topic");
    CapturedStream out = new CapturedStream();
    CapturedStream err = new CapturedStream();
    FedInput in = new FedInput();
    Console console =
        new Console(
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.copyOf(env));
    String[] argv = all.toArray(String[]::new);
    ConnectorLauncher launched =
        definition == null
            ? ConnectorLauncher.start(argv, console)
            : ConnectorLauncher.start(definition, argv, console);
    return new RunningConnector(launched, dryRun ? null : cluster, named, in, out, err);
  }

  /**
   * Runs the connector with {@code args} to its end (a {@code validate}, a bounded source, bad
   * options) and returns the finished run.
   *
   * @throws AssertionError if it is still running after {@code timeout} (it is then stopped)
   */
  public RunningConnector run(Duration timeout, String... args) {
    RunningConnector run = start(args);
    run.awaitExit(timeout);
    return run;
  }

  /** The value of {@code name} in {@code args} ({@code --name value} or {@code --name=value}). */
  private static String flag(List<String> args, String name) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals(name) && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (a.startsWith(name + "=")) {
        return a.substring(name.length() + 1);
      }
    }
    return null;
  }
}
