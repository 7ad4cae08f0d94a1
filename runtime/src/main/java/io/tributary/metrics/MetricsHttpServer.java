package io.tributary.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Serves {@code /metrics} (Prometheus text), {@code /health/live} (200 while the process runs) and
 * {@code /health/ready} (200 when ready, 503 otherwise) with the JDK's HTTP server, on one daemon
 * thread.
 */
public final class MetricsHttpServer implements AutoCloseable {
  private final HttpServer server;

  private MetricsHttpServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Listens on {@code address} and starts serving.
   *
   * @throws UncheckedIOException when the address cannot be listened on (taken, not local)
   */
  public static MetricsHttpServer start(InetSocketAddress address, ConnectorMetrics metrics) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
    server.createContext(
        "/metrics",
        exchange ->
            answer(exchange, 200, MetricRegistry.CONTENT_TYPE, metrics.registry().scrape()));
    server.createContext("/health/live", exchange -> answer(exchange, 200, "text/plain", "live\n"));
    server.createContext(
        "/health/ready",
        exchange -> {
          boolean ready = metrics.health().ready();
          answer(exchange, ready ? 200 : 503, "text/plain", ready ? "ready\n" : "not ready\n");
        });
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "tributary-metrics-http");
              t.setDaemon(true);
              return t;
            }));
    server.start();
    return new MetricsHttpServer(server);
  }

  /** The address actually listened on (its port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.equals(exchange.getHttpContext().getPath())) {
        status = 404;
        body = "not found\n";
        type = "text/plain";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
