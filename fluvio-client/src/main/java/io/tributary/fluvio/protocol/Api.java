package io.tributary.fluvio.protocol;

import java.util.Optional;
import java.util.function.Function;

/**
 * The descriptor of one request type: which server answers it, its API key, the versions this codec
 * speaks, and the codecs of its request and response bodies. The client's {@code Connection.call}
 * and the test cluster's dispatcher both work from these descriptors (see {@link Apis}), so adding
 * a request is one descriptor plus its message records.
 *
 * @param name the request's name, used in messages (e.g. {@code "FetchOffsets"})
 * @param service the server that answers it
 * @param key the API key in the request header
 * @param minVersion lowest version the codecs speak
 * @param maxVersion highest version the codecs speak; also the version sent when the server does
 *     not list the key in its ApiVersions answer (Fluvio's {@code DEFAULT_API_VERSION})
 * @param request the request body codec
 * @param response the response body codec (one frame of a streaming response)
 * @param errorOf the top-level error code of a response, or null when the response has none (or
 *     only per-item ones the caller inspects)
 * @param <Q> the request type
 * @param <R> the response type
 */
public record Api<Q, R>(
    String name,
    Service service,
    int key,
    short minVersion,
    short maxVersion,
    BodyCodec<Q> request,
    BodyCodec<R> response,
    Function<R, ErrorCode> errorOf) {

  /** Which server answers a request. */
  public enum Service {
    /** The SC (metadata, topics). */
    SC,
    /** An SPU (records, offsets). */
    SPU,
    /** Both (ApiVersions). */
    ANY;

    /** Whether a request of this service may go to {@code server}. */
    public boolean servedBy(Service server) {
      return this == ANY || server == ANY || this == server;
    }
  }

  /** Checks the version range. */
  public Api {
    if (minVersion > maxVersion) {
      throw new IllegalArgumentException(name + ": versions " + minVersion + ".." + maxVersion);
    }
  }

  /**
   * The version to send to a server that answered ApiVersions with {@code server}, as Fluvio's
   * {@code Versions::lookup_version}: if the server lists this key with an overlapping range,
   * {@code min(maxVersion, serverMax)}; if it does not list the key, {@link #maxVersion()} (Fluvio
   * then sends the request's default version, as SPUs do not list the consumer-offset APIs); empty
   * if the ranges do not overlap.
   */
  public Optional<Short> negotiate(ApiVersionsResponse server) {
    for (ApiVersionsResponse.ApiVersionKey k : server.apiKeys()) {
      if (k.apiKey() == key) {
        return server.lookup(key, minVersion, maxVersion);
      }
    }
    return Optional.of(maxVersion);
  }

  /** Whether this codec speaks {@code version}. */
  public boolean speaks(int version) {
    return version >= minVersion && version <= maxVersion;
  }

  /** The response's top-level error code, {@link ErrorCode#NONE} when it carries none. */
  public ErrorCode errorIn(R response) {
    ErrorCode e = errorOf == null ? null : errorOf.apply(response);
    return e == null ? ErrorCode.NONE : e;
  }

  /** The request bytes of {@code request} at {@code version} (a frame body). */
  public byte[] encodeRequest(Q request, int version) {
    ByteWriter w = new ByteWriter();
    this.request.encode(request, w, version);
    return w.toByteArray();
  }

  /** The response bytes of {@code response} at {@code version} (a frame body). */
  public byte[] encodeResponse(R response, int version) {
    ByteWriter w = new ByteWriter();
    this.response.encode(response, w, version);
    return w.toByteArray();
  }
}
