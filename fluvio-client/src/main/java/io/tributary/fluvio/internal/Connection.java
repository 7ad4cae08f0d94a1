package io.tributary.fluvio.internal;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumerOffsetException;
import io.tributary.fluvio.FluvioConnectionException;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioProtocolException;
import io.tributary.fluvio.FluvioServerException;
import io.tributary.fluvio.FluvioTimeoutException;
import io.tributary.fluvio.FluvioTlsException;
import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.ApiVersionsRequest;
import io.tributary.fluvio.protocol.ApiVersionsResponse;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.ErrorCode;
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
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One multiplexed connection to an SC or SPU: requests carry correlation ids, many may be in
 * flight, and streaming requests (Watch, StreamFetch) receive many frames. The first request is
 * always the ApiVersions handshake, whose answer drives per-API version negotiation: requests go
 * through {@link #call}, {@link #callAsync} and {@link #stream} with an {@link Api} descriptor,
 * which choose the version, encode, await, decode and map errors.
 */
public final class Connection implements AutoCloseable {
  /** The Fluvio client version whose protocol this client speaks, sent as client_version. */
  public static final String CLIENT_VERSION = "0.18.1";

  /** Largest frame buffer kept for the next request (a producer's requests reach 1 MiB). */
  private static final int KEPT_FRAME_BYTES = 4 << 20;

  /**
   * Receives the frames of a streaming request, on the connection's reader thread.
   *
   * @param <R> the frame type
   */
  public interface StreamListener<R> {
    /** One decoded response frame without an error code. */
    void onFrame(R frame);

    /**
     * The stream ended: an error frame (a {@link FluvioServerException}), an undecodable frame, or
     * the connection was lost ({@link FluvioConnectionException}). No more frames will come.
     */
    void onFailure(FluvioException cause);
  }

  /** Raw frames of a stream, before decoding. */
  private interface RawListener {
    void onFrame(ByteReader body);

    void onClosed(FluvioException cause);
  }

  private final String address;
  private final Api.Service service;
  private final ClusterConfig config;
  private final Socket socket;
  private final OutputStream out;

  /** The frame being written, reused from request to request under the lock of {@link #out}. */
  private ByteWriter frame = new ByteWriter(4096);

  private final AtomicInteger correlation = new AtomicInteger();
  private final Map<Integer, CompletableFuture<ByteReader>> pending = new ConcurrentHashMap<>();
  private final Map<Integer, RawListener> streams = new ConcurrentHashMap<>();

  /** Frames at least this long are read into arrays given back by {@link #recycle}, when any. */
  private static final int RECYCLED_FRAME = 64 * 1024;

  /** Arrays of large frames given back once nothing refers to them (a few: one per response). */
  private final ArrayBlockingQueue<byte[]> spareFrames = new ArrayBlockingQueue<>(4);

  private volatile boolean closed;
  private volatile FluvioException closeCause;
  private ApiVersionsResponse versions;

  private Connection(String address, Api.Service service, ClusterConfig config, Socket socket)
      throws IOException {
    this.address = address;
    this.service = service;
    this.config = config;
    this.socket = socket;
    this.out = socket.getOutputStream();
    InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    Thread reader = new Thread(new Reader(in), "tributary-fluvio-" + address);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Connects to the {@code service} (SC or SPU) at {@code address}, with TLS if configured ({@code
   * sniHost} is the name to verify and send as SNI), and performs the ApiVersions handshake.
   *
   * @throws FluvioConnectionException if the endpoint is unreachable
   * @throws FluvioTlsException if the TLS handshake fails
   */
  public static Connection open(
      String address, Api.Service service, ClusterConfig config, String sniHost) {
    Socket socket = connect(address, config, sniHost);
    Connection c;
    try {
      c = new Connection(address, service, config, socket);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new FluvioConnectionException(
          "cannot reach Fluvio at " + address + ": " + e.getMessage(), e);
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
      plain.connect(new InetSocketAddress(host, port), (int) config.connectTimeout().toMillis());
    } catch (IOException e) {
      closeQuietly(plain);
      String why =
          e instanceof java.net.UnknownHostException
              ? "unknown host " + host
              : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new FluvioConnectionException("cannot reach Fluvio at " + address + ": " + why, e);
    }
    if (!config.tls().enabled()) {
      return plain;
    }
    String name = sniHost != null ? sniHost : host;
    try {
      SSLSocket tls =
          (SSLSocket)
              TlsContexts.create(config.tls())
                  .getSocketFactory()
                  .createSocket(plain, name, port, true);
      SSLParameters params = tls.getSSLParameters();
      if (!name.isEmpty()
          && !Character.isDigit(name.charAt(name.length() - 1))
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
      throw new FluvioTlsException(
          "TLS handshake with Fluvio at "
              + address
              + " (verifying '"
              + name
              + "') failed: "
              + e.getMessage(),
          e);
    } catch (IOException e) {
      closeQuietly(plain);
      throw new FluvioTlsException(
          "TLS connection to Fluvio at " + address + " failed: " + e.getMessage(), e);
    }
  }

  private void handshake() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    arch = arch.equals("amd64") ? "x86_64" : arch;
    ApiVersionsRequest req =
        new ApiVersionsRequest(
            CLIENT_VERSION,
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).split(" ")[0],
            arch);
    try {
      this.versions =
          await(send(Apis.API_VERSIONS, ApiVersionsRequest.VERSION, req), Apis.API_VERSIONS);
    } catch (FluvioServerException e) {
      throw new FluvioException(
          "Fluvio at " + address + " refused the ApiVersions handshake: " + e.error());
    }
  }

  /** The address this connection goes to. */
  public String address() {
    return address;
  }

  /**
   * Gives back the array of a frame this connection read (a stream response's, through {@link
   * io.tributary.fluvio.protocol.StreamFetchResponse#batches()}) once nothing refers to it any more
   * — the response decoded, its records' bytes copied out — so that a later large frame is read
   * into it instead of into a new array. The caller must not keep or touch it afterwards.
   */
  public void recycle(byte[] frame) {
    if (frame.length >= RECYCLED_FRAME) {
      spareFrames.offer(frame);
    }
  }

  /** The array to read a frame of {@code length} bytes into. */
  private byte[] frameArray(int length) {
    if (length < RECYCLED_FRAME) {
      return new byte[length];
    }
    byte[] spare = spareFrames.poll();
    return spare != null && spare.length >= length ? spare : new byte[length];
  }

  /** The server's ApiVersions answer. */
  public ApiVersionsResponse versions() {
    return versions;
  }

  /**
   * The version to use for {@code api} on this connection (see {@link Api#negotiate}).
   *
   * @throws FluvioException if the server's range and the codec's do not overlap
   */
  public short version(Api<?, ?> api) {
    Optional<Short> version = api.negotiate(versions);
    if (version.isEmpty()) {
      throw new FluvioException(
          "Fluvio at "
              + address
              + " (platform "
              + versions.platformVersion()
              + ") does not support "
              + api.name()
              + " (API "
              + api.key()
              + ") versions "
              + api.minVersion()
              + ".."
              + api.maxVersion());
    }
    return version.get();
  }

  /**
   * Sends a request at the negotiated version and waits for its response.
   *
   * @throws FluvioServerException if the response carries an error code (a {@link
   *     ConsumerOffsetException} for the consumer-offset errors)
   * @throws FluvioTimeoutException if no response comes within the request timeout
   * @throws FluvioConnectionException if the connection is lost
   */
  public <Q, R> R call(Api<Q, R> api, Q request) {
    return await(callAsync(api, request), api);
  }

  /**
   * Sends a request at the negotiated version; the future completes with the decoded response, or
   * with the exception {@link #call} would throw.
   */
  public <Q, R> CompletableFuture<R> callAsync(Api<Q, R> api, Q request) {
    CompletableFuture<R> f;
    try {
      f = send(api, version(api), request);
    } catch (FluvioException e) {
      return CompletableFuture.failedFuture(e);
    }
    return f;
  }

  private <Q, R> CompletableFuture<R> send(Api<Q, R> api, short version, Q request) {
    checkService(api);
    int id = correlation.incrementAndGet();
    CompletableFuture<ByteReader> raw = new CompletableFuture<>();
    pending.put(id, raw);
    try {
      write(api, version, id, request);
    } catch (FluvioException e) {
      pending.remove(id);
      return CompletableFuture.failedFuture(e);
    }
    long ms = config.requestTimeout().toMillis();
    Answer<R> answer = new Answer<>(api, version, id);
    raw.orTimeout(ms, TimeUnit.MILLISECONDS).whenComplete(answer);
    return answer.out;
  }

  /**
   * Completes a call's future from its response frame (decoded and checked) or its failure, once
   * the call is no longer pending. (A class rather than lambdas, as {@link Reader}: linking a
   * lambda costs more than loading a class on the way to a connector's first record;
   * docs/performance.md, "First record".)
   */
  private final class Answer<R> implements BiConsumer<ByteReader, Throwable> {
    private final Api<?, R> api;
    private final short version;
    private final int id;
    private final CompletableFuture<R> out = new CompletableFuture<>();

    Answer(Api<?, R> api, short version, int id) {
      this.api = api;
      this.version = version;
      this.id = id;
    }

    @Override
    public void accept(ByteReader body, Throwable err) {
      pending.remove(id);
      if (err != null) {
        out.completeExceptionally(unwrap(err, api.name()));
        return;
      }
      try {
        out.complete(checked(api, api.response().decode(body, version)));
      } catch (FluvioException e) {
        out.completeExceptionally(e);
      } catch (RuntimeException e) {
        out.completeExceptionally(undecodable(api, e));
      }
    }
  }

  /** The connection's reader thread: {@link #readLoop}. */
  private final class Reader implements Runnable {
    private final InputStream in;

    Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      readLoop(in);
    }
  }

  private <R> R checked(Api<?, R> api, R response) {
    ErrorCode error = api.errorIn(response);
    if (!error.isOk()) {
      throw FluvioServerException.of(
          api.name() + " to Fluvio at " + address + " failed: " + error.message(), error);
    }
    return response;
  }

  private FluvioException undecodable(Api<?, ?> api, RuntimeException e) {
    return new FluvioProtocolException(
        "cannot read the "
            + api.name()
            + " response of Fluvio at "
            + address
            + ": "
            + e.getMessage(),
        e);
  }

  private void checkService(Api<?, ?> api) {
    if (!api.service().servedBy(service)) {
      throw new IllegalArgumentException(
          api.name()
              + " is an "
              + api.service()
              + " request, this is a connection to the "
              + service
              + " at "
              + address);
    }
  }

  /**
   * Sends a streaming request at the negotiated version. Each response frame is decoded and handed
   * to {@code listener}; a frame carrying an error code, an undecodable frame or the end of the
   * connection is reported once through {@link StreamListener#onFailure} and ends the stream.
   *
   * @return the negotiated version the stream uses
   */
  public <Q, R> short stream(Api<Q, R> api, Q request, StreamListener<R> listener) {
    checkService(api);
    short version = version(api);
    int id = correlation.incrementAndGet();
    streams.put(
        id,
        new RawListener() {
          @Override
          public void onFrame(ByteReader body) {
            R frame;
            try {
              frame = checked(api, api.response().decode(body, version));
            } catch (FluvioException e) {
              streams.remove(id);
              listener.onFailure(e);
              return;
            } catch (RuntimeException e) {
              streams.remove(id);
              listener.onFailure(undecodable(api, e));
              return;
            }
            listener.onFrame(frame);
          }

          @Override
          public void onClosed(FluvioException cause) {
            listener.onFailure(cause);
          }
        });
    try {
      write(api, version, id, request);
    } catch (FluvioException e) {
      streams.remove(id);
      throw e;
    }
    return version;
  }

  private <Q> void write(Api<Q, ?> api, short version, int id, Q request) {
    if (closed) {
      throw lost();
    }
    synchronized (out) {
      try {
        frame.reset();
        Frames.request(
            frame,
            new RequestHeader(api.key(), version, id, config.clientId()),
            api.request(),
            request,
            version);
        out.write(frame.array(), 0, frame.position());
        out.flush();
        if (frame.array().length > KEPT_FRAME_BYTES) {
          frame = new ByteWriter(); // an exceptionally large frame's buffer is not kept
        }
      } catch (IOException e) {
        fail(
            new FluvioConnectionException(
                "connection to Fluvio at " + address + " lost: " + e.getMessage(), e));
        throw lost();
      }
    }
  }

  /**
   * Waits for the response of a {@link #callAsync} of {@code api}, throwing what {@link #call}
   * would.
   */
  public <R> R await(CompletableFuture<R> f, Api<?, R> api) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FluvioException("interrupted waiting for " + api.name() + " from " + address, e);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause(), api.name());
    }
  }

  /** Maps a request failure to the exception a user sees. */
  private FluvioException unwrap(Throwable t, String what) {
    Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (c instanceof FluvioException fe) {
      return fe;
    }
    if (c instanceof TimeoutException) {
      return new FluvioTimeoutException(
          "no response to "
              + what
              + " from Fluvio at "
              + address
              + " within "
              + config.requestTimeout().toMillis()
              + " ms");
    }
    return new FluvioException(what + " to Fluvio at " + address + " failed: " + c, c);
  }

  private void readLoop(InputStream in) {
    try {
      ByteReader r;
      while ((r = Frames.read(in, this::frameArray)) != null) {
        int id = r.i32();
        RawListener s = streams.get(id);
        if (s != null) {
          s.onFrame(r);
          continue;
        }
        CompletableFuture<ByteReader> f = pending.remove(id);
        if (f != null) {
          f.complete(r);
        }
      }
      fail(new FluvioConnectionException("Fluvio at " + address + " closed the connection", null));
    } catch (IOException | ProtocolException e) {
      fail(
          new FluvioConnectionException(
              "connection to Fluvio at " + address + " lost: " + e.getMessage(), e));
    }
  }

  private FluvioException lost() {
    FluvioException c = closeCause;
    return c != null
        ? c
        : new FluvioConnectionException("connection to Fluvio at " + address + " is closed", null);
  }

  private void fail(FluvioException cause) {
    if (closeCause == null) {
      closeCause = cause;
    }
    closed = true;
    closeQuietly(socket);
    for (CompletableFuture<ByteReader> f : pending.values()) {
      f.completeExceptionally(cause);
    }
    pending.clear();
    for (RawListener s : streams.values()) {
      s.onClosed(cause);
    }
    streams.clear();
  }

  /** Whether the connection is still usable. */
  public boolean isOpen() {
    return !closed;
  }

  @Override
  public void close() {
    fail(new FluvioConnectionException("connection to Fluvio at " + address + " was closed", null));
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
