package io.tributary.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.net.ssl.SSLContext;

/**
 * One SPU of a test cluster: its handler and its listener, which can be stopped and started again
 * on the same port (a restart as clients see it: connections refused, then served again).
 */
final class SpuNode {
  private final ClusterState state;
  private final SpuHandler handler;
  private final ApiRouter router;
  private final SSLContext tls;
  private final boolean clientAuth;
  private ProtocolServer server;
  private int port;

  SpuNode(ClusterState state, int index, int port, SSLContext tls, boolean clientAuth) {
    this.state = state;
    this.handler = new SpuHandler(state, index);
    this.router = handler.router();
    this.tls = tls;
    this.clientAuth = clientAuth;
    this.port = port;
  }

  int index() {
    return handler.spu();
  }

  synchronized int port() {
    return port;
  }

  synchronized boolean running() {
    return server != null;
  }

  /**
   * Starts listening (on the port it had before, or the one it was created with; 0 picks a free
   * one) and marks the SPU online.
   *
   * @throws IOException if the port cannot be bound
   * @throws IllegalStateException if it is already running
   */
  synchronized void start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("SPU " + index() + " is already running");
    }
    server = new ProtocolServer("spu-" + index(), port, router, tls, clientAuth);
    port = server.port();
    state.spuStarted(index(), port);
  }

  /** {@link #start}, with an unchecked exception naming the SPU and port. */
  void startUnchecked() {
    try {
      start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start SPU " + index() + " on 127.0.0.1:" + port() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stops listening, closes its connections and streams, and marks the SPU offline.
   *
   * @throws IllegalStateException if it is already stopped
   */
  synchronized void stop() {
    if (server == null) {
      throw new IllegalStateException("SPU " + index() + " is already stopped");
    }
    state.spuStopped(index());
    handler.stopAll();
    server.close();
    server = null;
  }

  /** Closes its client connections, keeping the listener. */
  synchronized void dropConnections() {
    if (server != null) {
      server.dropConnections();
    }
  }

  /** Lets streams of partitions it no longer leads end now. */
  void leadershipChanged() {
    handler.leadershipChanged();
  }

  /** Stops it if it is running. */
  synchronized void close() {
    if (server != null) {
      stop();
    }
  }
}
