package io.tributary.testkit;

import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.RequestHeader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/** A loopback TCP listener that hands each request frame of each connection to a handler. */
final class ProtocolServer implements Closeable {
  /** Handles one request; may answer now or later (streams). */
  interface Handler {
    void handle(RequestHeader header, ByteReader body, ServerConnection connection)
        throws IOException;

    /** Called once when a connection ends. */
    default void closed(ServerConnection connection) {}
  }

  private final String name;
  private final ServerSocket server;
  private final Handler handler;
  private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private volatile boolean running = true;

  ProtocolServer(String name, int port, Handler handler, SSLContext tls, boolean clientAuth)
      throws IOException {
    this.name = name;
    this.handler = handler;
    if (tls == null) {
      this.server = new ServerSocket();
    } else {
      SSLServerSocket s = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
      s.setNeedClientAuth(clientAuth);
      this.server = s;
    }
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    start(this::acceptLoop, "testkit-" + name + "-accept");
  }

  private void start(Runnable task, String threadName) {
    Thread t =
        new Thread(
            () -> {
              try {
                task.run();
              } finally {
                threads.remove(Thread.currentThread());
              }
            },
            threadName);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (running) {
      try {
        Socket s = server.accept();
        ServerConnection c = new ServerConnection(s);
        connections.add(c);
        start(() -> serve(c), "testkit-" + name + "-conn");
      } catch (IOException e) {
        if (!running) {
          return;
        }
      }
    }
  }

  private void serve(ServerConnection c) {
    try {
      BufferedInputStream in = c.input();
      byte[] frame;
      while ((frame = c.read(in)) != null) {
        ByteReader r = new ByteReader(frame);
        RequestHeader header = RequestHeader.decode(r);
        handler.handle(header, r, c);
      }
    } catch (IOException | RuntimeException e) {
      if (running && !c.isClosed()) {
        System.err.println("testkit " + name + ": closing connection: " + e);
      }
    } finally {
      c.close();
      connections.remove(c);
      handler.closed(c);
    }
  }

  /** Closes every open client connection, keeping the listener (simulates connection loss). */
  void dropConnections() {
    for (ServerConnection c : connections) {
      c.close();
    }
  }

  /**
   * Stops listening and closes every connection. Returns once the threads blocked on those sockets
   * have left them (at most 5 s): only then does the JDK release the sockets, so the port can be
   * bound again right away.
   */
  @Override
  public void close() {
    running = false;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    dropConnections();
    long deadline = System.nanoTime() + 5_000_000_000L;
    for (Thread t : threads) {
      long left = deadline - System.nanoTime();
      if (t == Thread.currentThread() || left <= 0) {
        continue;
      }
      try {
        t.join(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
