package io.tributary.fluvio.internal;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioConnectionException;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioTimeoutException;
import io.tributary.fluvio.FluvioTlsException;
import io.tributary.fluvio.protocol.ApiKeys;
import io.tributary.fluvio.protocol.ApiVersionsRequest;
import io.tributary.fluvio.protocol.ApiVersionsResponse;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.Frames;
import io.tributary.fluvio.protocol.ProtocolException;
import io.tributary.fluvio.protocol.RequestHeader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One multiplexed connection to an SC or SPU: requests carry correlation ids, many may be in
 * flight, and streaming requests (Watch, StreamFetch) receive many frames. The first request is
 * always the ApiVersions handshake, whose answer drives per-API version negotiation.
 */
public final class Connection implements AutoCloseable {
  /** The Fluvio client version whose protocol this client speaks, sent as client_version. */
  public static final String CLIENT_VERSION = "0.18.1";

  /** Receives the frames of a streaming request. */
  public interface StreamListener {
    /** One response frame's body (after the correlation id). */
    void onFrame(ByteReader body);

    /** The connection ended; no more frames will come. */
    void onClosed(FluvioException cause);
  }

  private final String address;
  private final ClusterConfig config;
  private final Socket socket;
  private final OutputStream out;
  private final AtomicInteger correlation = new AtomicInteger();
  private final Map<Integer, CompletableFuture<ByteReader>> pending = new ConcurrentHashMap<>();
  private final Map<Integer, StreamListener> streams = new ConcurrentHashMap<>();
  private volatile boolean closed;
  private volatile FluvioException closeCause;
  private ApiVersionsResponse versions;

  private Connection(String address, ClusterConfig config, Socket socket) throws IOException {
    this.address = address;
    this.config = config;
    this.socket = socket;
    this.out = socket.getOutputStream();
    InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    Thread reader = new Thread(() -> readLoop(in), "tributary-fluvio-" + address);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Connects to {@code address}, with TLS if configured ({@code sniHost} is the name to verify
   * and send as SNI), and performs the ApiVersions handshake.
   *
   * @throws FluvioConnectionException if the endpoint is unreachable
   * @throws FluvioTlsException if the TLS handshake fails
   */
  public static Connection open(String address, ClusterConfig config, String sniHost) {
    Socket socket = connect(address, config, sniHost);
    Connection c;
    try {
      c = new Connection(address, config, socket);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new FluvioConnectionException("cannot reach Fluvio at " + address + ": "
          + e.getMessage(), e);
    }
    try {
      c.handshake();
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  private static Socket connect(String address, ClusterConfig config, String sniHost) {
    String host = ClusterConfig.host(address);
    int port = ClusterConfig.parsePort(address);
    Socket plain = new Socket();
    try {
      plain.setTcpNoDelay(true);
      plain.connect(new InetSocketAddress(host, port),
          (int) config.connectTimeout().toMillis());
    } catch (IOException e) {
      closeQuietly(plain);
      String why = e instanceof java.net.UnknownHostException ? "unknown host " + host
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new FluvioConnectionException("cannot reach Fluvio at " + address + ": " + why, e);
    }
    if (!config.tls().enabled()) {
      return plain;
    }
    String name = sniHost != null ? sniHost : host;
    try {
      SSLSocket tls = (SSLSocket) TlsContexts.create(config.tls()).getSocketFactory()
          .createSocket(plain, name, port, true);
      SSLParameters params = tls.getSSLParameters();
      if (!name.isEmpty() && !Character.isDigit(name.charAt(name.length() - 1))
          && !name.contains(":")) {
        params.setServerNames(List.of(new SNIHostName(name)));
      }
      if (config.tls().mode() == io.tributary.fluvio.TlsConfig.Mode.VERIFIED) {
        params.setEndpointIdentificationAlgorithm("HTTPS");
      }
      tls.setSSLParameters(params);
      tls.setSoTimeout((int) config.connectTimeout().toMillis());
      tls.startHandshake();
      tls.setSoTimeout(0);
      return tls;
    } catch (SSLException e) {
      closeQuietly(plain);
      throw new FluvioTlsException("TLS handshake with Fluvio at " + address + " (verifying '"
          + name + "') failed: " + e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(plain);
      throw new FluvioTlsException("TLS connection to Fluvio at " + address + " failed: "
          + e.getMessage(), e);
    }
  }

  private void handshake() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    arch = arch.equals("amd64") ? "x86_64" : arch;
    ApiVersionsRequest req = new ApiVersionsRequest(CLIENT_VERSION,
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).split(" ")[0], arch);
    ByteReader r = await(request(ApiKeys.API_VERSIONS, ApiVersionsRequest.VERSION,
        w -> req.encode(w, ApiVersionsRequest.VERSION)), "ApiVersions");
    ApiVersionsResponse resp = ApiVersionsResponse.decode(r);
    if (!resp.error().isOk()) {
      throw new FluvioException("Fluvio at " + address + " refused the ApiVersions handshake: "
          + resp.error());
    }
    this.versions = resp;
  }

  /** The address this connection goes to. */
  public String address() {
    return address;
  }

  /** The server's ApiVersions answer. */
  public ApiVersionsResponse versions() {
    return versions;
  }

  /**
   * The version to use for {@code apiKey}: the highest both sides support.
   *
   * @throws FluvioException if the ranges do not overlap
   */
  public short version(int apiKey, int clientMin, int clientMax) {
    return versions.lookup(apiKey, clientMin, clientMax).orElseThrow(() -> new FluvioException(
        "Fluvio at " + address + " (platform " + versions.platformVersion() + ") does not support "
            + "API " + apiKey + " versions " + clientMin + ".." + clientMax));
  }

  /** Sends a request; the future completes with the response body. */
  public CompletableFuture<ByteReader> request(int apiKey, short version,
      Consumer<ByteWriter> body) {
    int id = correlation.incrementAndGet();
    CompletableFuture<ByteReader> f = new CompletableFuture<>();
    pending.put(id, f);
    try {
      send(apiKey, version, id, body);
    } catch (FluvioException e) {
      pending.remove(id);
      f.completeExceptionally(e);
      return f;
    }
    long ms = config.requestTimeout().toMillis();
    f.orTimeout(ms, TimeUnit.MILLISECONDS).whenComplete((r, e) -> pending.remove(id));
    return f;
  }

  /** Sends a streaming request; returns its correlation id. */
  public int stream(int apiKey, short version, Consumer<ByteWriter> body,
      StreamListener listener) {
    int id = correlation.incrementAndGet();
    streams.put(id, listener);
    try {
      send(apiKey, version, id, body);
    } catch (FluvioException e) {
      streams.remove(id);
      throw e;
    }
    return id;
  }

  private void send(int apiKey, short version, int id, Consumer<ByteWriter> body) {
    if (closed) {
      throw lost();
    }
    byte[] frame = Frames.request(new RequestHeader(apiKey, version, id, config.clientId()),
        body);
    synchronized (out) {
      try {
        out.write(frame);
        out.flush();
      } catch (IOException e) {
        fail(new FluvioConnectionException("connection to Fluvio at " + address + " lost: "
            + e.getMessage(), e));
        throw lost();
      }
    }
  }

  /** Waits for a response, turning failures into {@link FluvioException}s. */
  public ByteReader await(CompletableFuture<ByteReader> f, String what) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FluvioException("interrupted waiting for " + what + " from " + address, e);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause(), what);
    }
  }

  /** Maps a request failure to the exception a user sees. */
  public FluvioException unwrap(Throwable t, String what) {
    Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (c instanceof FluvioException fe) {
      return fe;
    }
    if (c instanceof TimeoutException) {
      return new FluvioTimeoutException("no response to " + what + " from Fluvio at " + address
          + " within " + config.requestTimeout().toMillis() + " ms");
    }
    return new FluvioException(what + " to Fluvio at " + address + " failed: " + c, c);
  }

  private void readLoop(InputStream in) {
    try {
      byte[] frame;
      while ((frame = Frames.read(in)) != null) {
        ByteReader r = new ByteReader(frame);
        int id = r.i32();
        StreamListener s = streams.get(id);
        if (s != null) {
          s.onFrame(r);
          continue;
        }
        CompletableFuture<ByteReader> f = pending.remove(id);
        if (f != null) {
          f.complete(r);
        }
      }
      fail(new FluvioConnectionException("Fluvio at " + address + " closed the connection",
          null));
    } catch (IOException | ProtocolException e) {
      fail(new FluvioConnectionException("connection to Fluvio at " + address + " lost: "
          + e.getMessage(), e));
    }
  }

  private FluvioException lost() {
    FluvioException c = closeCause;
    return c != null ? c : new FluvioConnectionException("connection to Fluvio at " + address
        + " is closed", null);
  }

  private void fail(FluvioException cause) {
    if (closeCause == null) {
      closeCause = cause;
    }
    closed = true;
    closeQuietly(socket);
    pending.values().forEach(f -> f.completeExceptionally(cause));
    pending.clear();
    streams.values().forEach(s -> s.onClosed(cause));
    streams.clear();
  }

  /** Whether the connection is still usable. */
  public boolean isOpen() {
    return !closed;
  }

  @Override
  public void close() {
    fail(new FluvioConnectionException("connection to Fluvio at " + address + " was closed",
        null));
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
