package io.tributary.cli;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.metrics.CdkMetricsSocket;
import io.tributary.spi.CommonOptionTable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/**
 * Starts, on a daemon thread, what a run's first connections cost the JVM once: the JDK's socket
 * classes (and the method-handle machinery their first lambda links), the lookup of the endpoint's
 * host, and the first Unix domain socket (the CDK's metrics socket, {@link
 * CdkMetricsSocket#initialize}), while the main thread finds the connector and validates its
 * options. Nothing is connected, bound or sent; a failure is left for the real connection to
 * report. The main thread meets this work done, or waits for the part it needs
 * (docs/performance.md, "First record").
 */
final class NetworkWarmUp implements Runnable {
  private static final String ENDPOINT_FLAG = "--" + CommonOptionTable.ENDPOINT;

  private final String host;

  private NetworkWarmUp(String host) {
    this.host = host;
  }

  /**
   * Starts the warm-up when {@code args} ask for a run against a cluster: not for {@code validate}
   * or {@code metadata}, help, the version or a dry run, whose start-up must not share the JVM with
   * it. Read from the raw arguments, before the connector is even found, so that the warm-up has
   * the socket classes and the method-handle machinery ready by the time the main thread validates
   * the options (whose regular expressions link the JDK's first lambdas).
   */
  static void startFor(String[] args) {
    String endpoint = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      // Anywhere, not only first: options may come before the subcommand. An option value that
      // happens to read "validate" only costs this run its warm-up.
      if (a.equals(ConnectorCommand.VALIDATE)
          || a.equals(ConnectorCommand.METADATA)
          || a.startsWith("--" + CommonOptionTable.DRY_RUN)
          || a.equals("--help")
          || a.equals("-h")
          || a.equals("--version")
          || a.equals("-V")) {
        return;
      }
      if (a.equals(ENDPOINT_FLAG) && i + 1 < args.length) {
        endpoint = args[i + 1];
      } else if (a.startsWith(ENDPOINT_FLAG + "=")) {
        endpoint = a.substring(ENDPOINT_FLAG.length() + 1);
      }
    }
    start(endpoint);
  }

  /**
   * Starts the warm-up for a run against {@code endpoint} ({@code host:port} as given on the
   * command line, or null when the endpoint comes from elsewhere).
   */
  private static void start(String endpoint) {
    String address = endpoint == null ? "" : endpoint.trim();
    String host = address.lastIndexOf(':') > 0 ? ClusterConfig.host(address) : null;
    Thread thread = new Thread(new NetworkWarmUp(host), "tributary-network-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true); // makes the socket's descriptor: the socket classes' set-up
      if (host != null && !host.isEmpty()) {
        InetAddress.getByName(host); // cached for the connection (the JDK keeps lookups 30 s)
      }
    } catch (IOException | RuntimeException e) {
      // the connection meets the same failure and reports it
    }
    CdkMetricsSocket.initialize();
  }
}
