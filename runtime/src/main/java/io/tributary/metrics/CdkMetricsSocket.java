package io.tributary.metrics;

import io.tributary.log.TributaryLoggerFinder;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Fluvio CDK's metrics socket: a Unix domain socket at the path named by {@code
 * FLUVIO_METRIC_CONNECTOR} (default {@value #DEFAULT_PATH}); each connection is sent the current
 * JSON document and closed. As in the CDK, a file already at the path is replaced, and a socket
 * that cannot be opened is logged, not fatal.
 */
public final class CdkMetricsSocket implements AutoCloseable {
  /** The environment variable naming the socket's path. */
  public static final String ENV = "FLUVIO_METRIC_CONNECTOR";

  /** The path when {@link #ENV} is not set. */
  public static final String DEFAULT_PATH = "/tmp/fluvio-connector.sock";

  private static final Logger LOG = TributaryLoggerFinder.logger("tributary.metrics");

  private final Path path;
  private final ServerSocketChannel channel;
  private final Object fileKey;
  private final Thread acceptor;

  private CdkMetricsSocket(
      Path path, ServerSocketChannel channel, Object fileKey, Supplier<String> document) {
    this.path = path;
    this.channel = channel;
    this.fileKey = fileKey;
    this.acceptor = new Thread(new Acceptor(document), "tributary-metrics-socket");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Pays, on the calling thread, what the first Unix domain socket of a JVM costs (the JDK seeds a
   * {@code SecureRandom} for them, which loads the security providers), so that {@link #open} later
   * finds it done instead of paying for it on the way to a connector's first record. Nothing is
   * bound and no file is made; a failure is left for {@link #open} to report.
   */
  public static void initialize() {
    try {
      ServerSocketChannel.open(StandardProtocolFamily.UNIX).close();
    } catch (IOException | RuntimeException e) {
      // open() meets the same failure and logs it
    }
  }

  /**
   * The thread that answers each connection with the document. (A class rather than a lambda:
   * linking a lambda costs more than loading it on the way to a connector's first record;
   * docs/performance.md, "First record".)
   */
  private final class Acceptor implements Runnable {
    private final Supplier<String> document;

    Acceptor(Supplier<String> document) {
      this.document = document;
    }

    @Override
    public void run() {
      serve(document);
    }
  }

  /** Opens the socket the environment names; {@code null} (logged) when it cannot be opened. */
  public static CdkMetricsSocket open(Map<String, String> env, Supplier<String> document) {
    String value = env.get(ENV);
    Path path = Path.of(value == null || value.isEmpty() ? DEFAULT_PATH : value);
    try {
      Files.deleteIfExists(path);
      ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        channel.bind(UnixDomainSocketAddress.of(path));
        Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        if (LOG.isLoggable(Level.DEBUG)) {
          LOG.log(Level.DEBUG, "metrics socket at " + path);
        }
        return new CdkMetricsSocket(path, channel, key, document);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "no metrics socket at " + path + " (" + ENV + "): " + e);
      return null;
    }
  }

  /** The socket's path. */
  public Path path() {
    return path;
  }

  private void serve(Supplier<String> document) {
    while (channel.isOpen()) {
      try (SocketChannel client = channel.accept()) {
        ByteBuffer bytes = ByteBuffer.wrap(document.get().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          client.write(bytes);
        }
      } catch (IOException e) {
        if (!channel.isOpen()) {
          return;
        }
        LOG.log(Level.DEBUG, () -> "metrics socket: " + e);
      }
    }
  }

  /** Closes the socket and removes its file, unless another process has replaced it since. */
  @Override
  public void close() {
    try {
      channel.close();
      Object now = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
      if (fileKey != null && Objects.equals(now, fileKey)) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Already gone, or replaced: nothing of ours to remove.
    }
  }
}
