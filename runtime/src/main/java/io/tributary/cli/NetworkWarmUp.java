package io.tributary.cli;

import io.tributary.metrics.CdkMetricsSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/**
 * Starts, on a daemon thread, what a run's first connections cost the JVM once, while the main
 * thread validates the options and sets up the run: the JDK's socket classes (and the method-handle
 * machinery their first lambda links), the lookup of the endpoint's host, and the first Unix domain
 * socket (the CDK's metrics socket, {@link CdkMetricsSocket#prepare}). Nothing is connected, bound
 * or sent; a failure is left for the real connection to report. The main thread meets this work
 * done, or waits for the part it needs (docs/performance.md, "First record").
 */
final class NetworkWarmUp implements Runnable {
  private final String host;

  private NetworkWarmUp(String host) {
    this.host = host;
  }

  /**
   * Starts the warm-up for a run against {@code endpoint} ({@code host:port} as given on the
   * command line, or null when the endpoint comes from elsewhere).
   */
  static void start(String endpoint) {
    int colon = endpoint == null ? -1 : endpoint.lastIndexOf(':');
    String host = colon > 0 ? endpoint.substring(0, colon).trim() : null;
    if (host != null && host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
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
