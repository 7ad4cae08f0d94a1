package io.tributary.testkit;

import io.tributary.fluvio.protocol.TopicCompression;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line entry of the test cluster: {@code java -jar tributary-testkit.jar [--port 9003]
 * [--spus 1] [--spu-port 0] [--topic name[:partitions[:compression]]]...}. Prints a line containing
 * {@code ready} once every listener accepts connections, then reads fault commands from standard
 * input (see {@link FaultCommands}), answering each with one line; the end of standard input does
 * not stop it, SIGTERM or SIGINT does. It is a test double, not Fluvio.
 */
public final class TestClusterMain {
  private static final String USAGE =
      "usage: java -jar tributary-testkit.jar [--port <sc-port>] "
          + "[--spus <count>] [--spu-port <first-spu-port>]\n"
          + "       [--topic <name>[:<partitions>[:<compression>]]]...\n"
          + "       [--smartmodule <group/name@version>=<file.wasm>]...\n"
          + "  <compression>: the topic's compression type, "
          + TopicCompression.NAMES
          + " (default any)\n"
          + "standard input: "
          + FaultCommands.HELP;

  private TestClusterMain() {}

  /** Parsed command line. */
  record Options(
      int port, int spus, int spuPort, List<String[]> topics, List<String[]> smartModules) {}

  /** Runs the cluster until the JVM is asked to stop. */
  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    TestCluster cluster;
    try {
      TestCluster.Builder builder =
          TestCluster.builder()
              .port(options.port())
              .spus(options.spus())
              .spuPort(options.spuPort());
      for (String[] t : options.topics()) {
        builder.topic(t[0], Integer.parseInt(t[1]), TopicCompression.parse(t[2]));
      }
      cluster = builder.start();
      for (String[] m : options.smartModules()) {
        cluster.addSmartModule(m[0], FaultCommands.read(m[1]));
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  cluster.close();
                  stopped.countDown();
                }));
    List<String> spus = new ArrayList<>();
    for (int i = 0; i < cluster.spuCount(); i++) {
      spus.add("127.0.0.1:" + cluster.spuPort(i));
    }
    answer(
        "tributary test cluster ready: SC "
            + cluster.endpoint()
            + ", "
            + (spus.size() == 1 ? "SPU " : "SPUs ")
            + String.join(" ", spus)
            + " (a Fluvio-protocol test double, not Fluvio)");
    readCommands(new FaultCommands(cluster));
    stopped.await();
  }

  /** Answers each command line of standard input until it ends; blank lines are skipped. */
  private static void readCommands(FaultCommands commands) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          answer(commands.run(line));
        }
      }
    } catch (IOException e) {
      System.err.println(
          "warning: standard input unreadable, no more fault commands: " + e.getMessage());
    }
  }

  private static synchronized void answer(String line) {
    System.out.println(line);
    System.out.flush();
  }

  static Options parse(String[] args) {
    int port = 9003;
    int spus = 1;
    int spuPort = 0;
    List<String[]> topics = new ArrayList<>();
    List<String[]> smartModules = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        System.out.println(USAGE);
        System.exit(0);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + ": missing value");
      }
      String value = args[++i];
      switch (flag) {
        case "--port" -> port = port(flag, value);
        case "--spus" -> spus = spus(value);
        case "--spu-port" -> spuPort = port(flag, value);
        case "--topic" -> topics.add(topic(value));
        case "--smartmodule" -> {
          String[] parts = value.split("=", 2);
          if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException(
                "--smartmodule: expected "
                    + "<group/name@version>=<file.wasm>, got '"
                    + value
                    + "'");
          }
          smartModules.add(parts);
        }
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (spuPort != 0 && spuPort + spus - 1 > 65535) {
      throw new IllegalArgumentException(
          "--spu-port: " + spus + " SPUs from port " + spuPort + " go beyond 65535");
    }
    return new Options(port, spus, spuPort, topics, smartModules);
  }

  private static int spus(String value) {
    if (value.matches("[1-9][0-9]{0,2}")) {
      return Integer.parseInt(value);
    }
    throw new IllegalArgumentException(
        "--spus: expected a number of SPUs from 1 to 999, got '" + value + "'");
  }

  private static int port(String flag, String value) {
    try {
      int p = Integer.parseInt(value);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException(
        flag + ": expected a port number 0-65535, got '" + value + "'");
  }

  private static String[] topic(String value) {
    String[] parts = value.split(":", 3);
    String partitions = parts.length >= 2 ? parts[1] : "1";
    String compression = parts.length == 3 ? parts[2] : "any";
    if (parts[0].isEmpty() || !partitions.matches("[1-9][0-9]{0,3}")) {
      throw new IllegalArgumentException(
          "--topic: expected <name>[:<partitions>[:<compression>]]," + " got '" + value + "'");
    }
    try {
      TopicCompression.parse(compression);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--topic: compression of '" + parts[0] + "': " + e.getMessage());
    }
    return new String[] {parts[0], partitions, compression};
  }
}
