package io.tributary.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line entry of the test cluster:
 * {@code java -jar tributary-testkit.jar [--port 9003] [--spu-port 0] [--topic name[:partitions]]}.
 * Prints a line containing {@code ready} once both listeners accept connections and runs until
 * SIGTERM or SIGINT. It is a test double, not Fluvio.
 */
public final class TestClusterMain {
  private static final String USAGE = "usage: java -jar tributary-testkit.jar [--port <sc-port>] "
      + "[--spu-port <spu-port>] [--topic <name>[:<partitions>]]...";

  private TestClusterMain() {}

  /** Parsed command line. */
  record Options(int port, int spuPort, List<String[]> topics) {}

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
      cluster = TestCluster.start(options.port(), options.spuPort());
      for (String[] t : options.topics()) {
        cluster.createTopic(t[0], Integer.parseInt(t[1]));
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      cluster.close();
      stopped.countDown();
    }));
    System.out.println("tributary test cluster ready: SC " + cluster.endpoint() + ", SPU 127.0.0.1:"
        + cluster.spuPort() + " (a Fluvio-protocol test double, not Fluvio)");
    System.out.flush();
    stopped.await();
  }

  static Options parse(String[] args) {
    int port = 9003;
    int spuPort = 0;
    List<String[]> topics = new ArrayList<>();
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
        case "--spu-port" -> spuPort = port(flag, value);
        case "--topic" -> topics.add(topic(value));
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    return new Options(port, spuPort, topics);
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
    throw new IllegalArgumentException(flag + ": expected a port number 0-65535, got '" + value
        + "'");
  }

  private static String[] topic(String value) {
    String[] parts = value.split(":", 2);
    String partitions = parts.length == 2 ? parts[1] : "1";
    if (parts[0].isEmpty() || !partitions.matches("[1-9][0-9]{0,3}")) {
      throw new IllegalArgumentException("--topic: expected <name>[:<partitions>], got '" + value
          + "'");
    }
    return new String[] {parts[0], partitions};
  }
}
