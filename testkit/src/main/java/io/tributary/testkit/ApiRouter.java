package io.tributary.testkit;

import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.ApiVersionsResponse;
import io.tributary.fluvio.protocol.ApiVersionsResponse.ApiVersionKey;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.RequestHeader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A test server's dispatcher: finds the {@link Api} descriptor of each request's key, checks the
 * version, decodes the body with the descriptor, hands it to the registered handler and encodes the
 * answer with the same descriptor. It answers ApiVersions itself, listing every registered API
 * except those registered as unlisted (as Fluvio's SPU leaves out the consumer-offset APIs).
 */
final class ApiRouter implements ProtocolServer.Handler {
  /**
   * Answers one request with one response.
   *
   * @param <Q> the request type
   * @param <R> the response type
   */
  @FunctionalInterface
  interface Unary<Q, R> {
    R answer(Q request, Exchange exchange);
  }

  /**
   * Starts a streaming answer; frames go out through {@link Exchange#send}.
   *
   * @param <Q> the request type
   */
  @FunctionalInterface
  interface Streaming<Q> {
    void open(Q request, Exchange exchange);
  }

  /**
   * One request being answered: where and at which version.
   *
   * @param connection the client connection
   * @param correlationId the request's correlation id
   * @param version the request header's version, which the response is encoded at too
   */
  record Exchange(ServerConnection connection, int correlationId, short version) {
    /** Sends one response frame encoded by {@code api}; false if the connection is gone. */
    <R> boolean send(Api<?, R> api, R response) {
      return connection.send(correlationId, w -> api.response().encode(response, w, version));
    }

    /**
     * Sends one response frame encoded by {@code api} whose last field, empty in {@code response},
     * carries {@code batches} (see {@link ServerConnection#send(int, Consumer, List)}); false if
     * the connection is gone.
     */
    <R> boolean send(Api<?, R> api, R response, List<PartitionLog.Slice> batches) {
      return connection.send(
          correlationId, w -> api.response().encode(response, w, version), batches);
    }
  }

  /**
   * A request as decoded, for tests that check what a client sends.
   *
   * @param server the server's name ("SC", "SPU")
   * @param header the request header
   * @param request the decoded body
   * @param unreadBytes body bytes the codec did not read (0 when it read them all)
   */
  record Observed(String server, RequestHeader header, Object request, int unreadBytes) {}

  private record Route<Q, R>(
      Api<Q, R> api, boolean listed, Unary<Q, R> unary, Streaming<Q> streaming) {
    void dispatch(ByteReader body, Exchange exchange, Consumer<Q> observer) {
      Q request = api.request().decode(body, exchange.version());
      observer.accept(request);
      if (streaming != null) {
        streaming.open(request, exchange);
        return;
      }
      R response = unary.answer(request, exchange);
      if (response != null) {
        exchange.send(api, response);
      }
    }
  }

  private final String name;
  private final Api.Service service;
  private final String platformVersion;
  private final Map<Integer, Route<?, ?>> routes = new LinkedHashMap<>();
  private Consumer<ServerConnection> onClosed = c -> {};
  private Consumer<Observed> observer = o -> {};

  /**
   * A router for a server of {@code service}, reporting {@code platformVersion} in ApiVersions (the
   * SC's semver; SPUs report "0.0.0").
   */
  ApiRouter(String name, Api.Service service, String platformVersion) {
    this.name = name;
    this.service = service;
    this.platformVersion = platformVersion;
  }

  /** Answers {@code api} with {@code handler} and lists it in ApiVersions. */
  <Q, R> ApiRouter answer(Api<Q, R> api, Unary<Q, R> handler) {
    return add(new Route<>(api, true, handler, null));
  }

  /** Answers {@code api} with {@code handler} without listing it in ApiVersions. */
  <Q, R> ApiRouter answerUnlisted(Api<Q, R> api, Unary<Q, R> handler) {
    return add(new Route<>(api, false, handler, null));
  }

  /** Answers {@code api} with a stream of frames and lists it in ApiVersions. */
  <Q, R> ApiRouter stream(Api<Q, R> api, Streaming<Q> handler) {
    return add(new Route<>(api, true, null, handler));
  }

  /** Runs {@code action} when a client connection ends. */
  ApiRouter onClosed(Consumer<ServerConnection> action) {
    this.onClosed = action;
    return this;
  }

  /** Hands every decoded request to {@code action} before it is answered. */
  ApiRouter observe(Consumer<Observed> action) {
    this.observer = action;
    return this;
  }

  private ApiRouter add(Route<?, ?> route) {
    if (!route.api().service().servedBy(service)) {
      throw new IllegalArgumentException(route.api().name() + " is not a " + service + " API");
    }
    routes.put(route.api().key(), route);
    return this;
  }

  /** The ApiVersions answer: this server's listed APIs with the versions their codecs speak. */
  ApiVersionsResponse versions() {
    List<ApiVersionKey> keys = new ArrayList<>();
    keys.add(key(Apis.API_VERSIONS));
    routes.values().stream().filter(Route::listed).forEach(r -> keys.add(key(r.api())));
    return new ApiVersionsResponse(ErrorCode.NONE, keys, platformVersion);
  }

  private static ApiVersionKey key(Api<?, ?> api) {
    return new ApiVersionKey(api.key(), api.minVersion(), api.maxVersion());
  }

  @Override
  public void handle(RequestHeader h, ByteReader body, ServerConnection c) {
    Exchange exchange = new Exchange(c, h.correlationId(), h.apiVersion());
    if (h.apiKey() == Apis.API_VERSIONS.key()) {
      Apis.API_VERSIONS.request().decode(body, h.apiVersion());
      exchange.send(Apis.API_VERSIONS, versions());
      return;
    }
    Route<?, ?> route = routes.get(h.apiKey());
    if (route == null) {
      throw new IllegalStateException("unsupported " + name + " api key " + h.apiKey());
    }
    if (!route.api().speaks(h.apiVersion())) {
      throw new IllegalStateException(
          name
              + " "
              + route.api().name()
              + " at version "
              + h.apiVersion()
              + " (speaks "
              + route.api().minVersion()
              + ".."
              + route.api().maxVersion()
              + ")");
    }
    dispatch(route, body, exchange, h);
  }

  private <Q> void dispatch(
      Route<Q, ?> route, ByteReader body, Exchange exchange, RequestHeader h) {
    route.dispatch(
        body,
        exchange,
        request -> observer.accept(new Observed(name, h, request, body.remaining())));
  }

  @Override
  public void closed(ServerConnection connection) {
    onClosed.accept(connection);
  }
}
