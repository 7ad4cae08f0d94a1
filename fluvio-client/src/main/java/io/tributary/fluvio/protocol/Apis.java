package io.tributary.fluvio.protocol;

import io.tributary.fluvio.protocol.Api.Service;
import java.util.function.Function;

/**
 * Every request this client sends and the test cluster answers, as {@link Api} descriptors. Version
 * ranges are what the codecs speak; the version used on a connection is negotiated from the
 * server's ApiVersions answer ({@link Api#negotiate}).
 */
public final class Apis {
  private Apis() {}

  /** Fluvio's SPU {@code COMMON_VERSION}, the version SPU requests are written at. */
  public static final short SPU_VERSION = 25;

  /** First SPU version with stored consumer offsets ({@code OFFSET_MANAGEMENT_API}). */
  public static final short OFFSET_MANAGEMENT_VERSION = 23;

  /** ApiVersions (18), the first request on every connection; header version 2. */
  public static final Api<ApiVersionsRequest, ApiVersionsResponse> API_VERSIONS =
      new Api<>(
          "ApiVersions",
          Service.ANY,
          ApiKeys.API_VERSIONS,
          (short) 0,
          ApiVersionsRequest.VERSION,
          Body.API_VERSIONS_REQUEST.codec(),
          Body.API_VERSIONS_RESPONSE.codec(),
          TopLevelError.API_VERSIONS.of());

  /** SC List (1003): every object of one kind. */
  public static final Api<ObjectApi.ListRequest, ObjectApi.ListResponse<?>> LIST =
      new Api<>(
          "List",
          Service.SC,
          ApiKeys.LIST,
          ObjectApi.MIN_VERSION,
          ObjectApi.MAX_VERSION,
          Body.LIST_REQUEST.codec(),
          Body.LIST_RESPONSE.codec(),
          null);

  /** SC Watch (1004): a stream of metadata updates of one kind. */
  public static final Api<ObjectApi.WatchRequest, ObjectApi.WatchResponse<?>> WATCH =
      new Api<>(
          "Watch",
          Service.SC,
          ApiKeys.WATCH,
          ObjectApi.MIN_VERSION,
          ObjectApi.MAX_VERSION,
          Body.WATCH_REQUEST.codec(),
          Body.WATCH_RESPONSE.codec(),
          null);

  /** SC Create (1001); the caller reads the {@code Status}. */
  public static final Api<ObjectApi.CreateRequest, ObjectApi.Status> CREATE =
      new Api<>(
          "Create",
          Service.SC,
          ApiKeys.CREATE,
          ObjectApi.MIN_ADMIN_VERSION,
          ObjectApi.MAX_VERSION,
          Body.CREATE_REQUEST.codec(),
          Body.STATUS.codec(),
          null);

  /** SC Delete (1002); the caller reads the {@code Status}. */
  public static final Api<ObjectApi.DeleteRequest, ObjectApi.Status> DELETE =
      new Api<>(
          "Delete",
          Service.SC,
          ApiKeys.DELETE,
          ObjectApi.MIN_ADMIN_VERSION,
          ObjectApi.MAX_VERSION,
          Body.DELETE_REQUEST.codec(),
          Body.STATUS.codec(),
          null);

  /** SPU Produce (0); errors are per partition, in the response. */
  public static final Api<ProduceRequest, ProduceResponse> PRODUCE =
      new Api<>(
          "Produce",
          Service.SPU,
          ApiKeys.PRODUCE,
          (short) 0,
          ProduceRequest.MAX_VERSION,
          Body.PRODUCE_REQUEST.codec(),
          Body.PRODUCE_RESPONSE.codec(),
          null);

  /** SPU FetchOffsets (1002): a partition's start and last stable offsets. */
  public static final Api<FetchOffsets.Request, FetchOffsets.Response> FETCH_OFFSETS =
      new Api<>(
          "FetchOffsets",
          Service.SPU,
          ApiKeys.FETCH_OFFSETS,
          (short) 0,
          FetchOffsets.MAX_VERSION,
          Body.FETCH_OFFSETS_REQUEST.codec(),
          Body.FETCH_OFFSETS_RESPONSE.codec(),
          TopLevelError.FETCH_OFFSETS.of());

  /** SPU StreamFetch (1003): many response frames per request; an error frame ends it. */
  public static final Api<StreamFetchRequest, StreamFetchResponse> STREAM_FETCH =
      new Api<>(
          "StreamFetch",
          Service.SPU,
          ApiKeys.STREAM_FETCH,
          (short) 0,
          StreamFetchRequest.MAX_VERSION,
          Body.STREAM_FETCH_REQUEST.codec(),
          Body.STREAM_FETCH_RESPONSE.codec(),
          TopLevelError.STREAM_FETCH.of());

  /** SPU UpdateOffsets (1005, v0): a stream's flow-control acknowledgement. */
  public static final Api<UpdateOffsets.Request, UpdateOffsets.Response> UPDATE_OFFSETS =
      new Api<>(
          "UpdateOffsets",
          Service.SPU,
          ApiKeys.UPDATE_OFFSETS,
          (short) 0,
          (short) 0,
          Body.UPDATE_OFFSETS_REQUEST.codec(),
          Body.UPDATE_OFFSETS_RESPONSE.codec(),
          TopLevelError.UPDATE_OFFSETS.of());

  /** SPU UpdateConsumerOffset (1006): stores a consumer's offset for its stream session. */
  public static final Api<UpdateConsumerOffset.Request, UpdateConsumerOffset.Response>
      UPDATE_CONSUMER_OFFSET =
          offsets(
              "UpdateConsumerOffset",
              ApiKeys.UPDATE_CONSUMER_OFFSET,
              Body.UPDATE_CONSUMER_OFFSET_REQUEST.codec(),
              Body.UPDATE_CONSUMER_OFFSET_RESPONSE.codec(),
              TopLevelError.UPDATE_CONSUMER_OFFSET.of());

  /** SPU DeleteConsumerOffset (1007): forgets a consumer's stored offset of a partition. */
  public static final Api<DeleteConsumerOffset.Request, DeleteConsumerOffset.Response>
      DELETE_CONSUMER_OFFSET =
          offsets(
              "DeleteConsumerOffset",
              ApiKeys.DELETE_CONSUMER_OFFSET,
              Body.DELETE_CONSUMER_OFFSET_REQUEST.codec(),
              Body.DELETE_CONSUMER_OFFSET_RESPONSE.codec(),
              TopLevelError.DELETE_CONSUMER_OFFSET.of());

  /** SPU FetchConsumerOffsets (1008): stored consumer offsets, optionally filtered. */
  public static final Api<FetchConsumerOffsets.Request, FetchConsumerOffsets.Response>
      FETCH_CONSUMER_OFFSETS =
          offsets(
              "FetchConsumerOffsets",
              ApiKeys.FETCH_CONSUMER_OFFSETS,
              Body.FETCH_CONSUMER_OFFSETS_REQUEST.codec(),
              Body.FETCH_CONSUMER_OFFSETS_RESPONSE.codec(),
              TopLevelError.FETCH_CONSUMER_OFFSETS.of());

  /** A consumer-offset API: SPU, versions 23 to 25, not listed by SPUs in ApiVersions. */
  private static <Q, R> Api<Q, R> offsets(
      String name,
      int key,
      BodyCodec<Q> request,
      BodyCodec<R> response,
      Function<R, ErrorCode> errorOf) {
    return new Api<>(
        name, Service.SPU, key, OFFSET_MANAGEMENT_VERSION, SPU_VERSION, request, response, errorOf);
  }

  /**
   * The body codec of each message type: a switch per direction instead of a pair of method
   * references per API. Linking a method reference costs more than the call it makes, and every
   * connector's way to its first record ran all of this table's (docs/performance.md, "First
   * record").
   */
  private enum Body implements BodyCodec<Object> {
    API_VERSIONS_REQUEST,
    API_VERSIONS_RESPONSE,
    LIST_REQUEST,
    LIST_RESPONSE,
    WATCH_REQUEST,
    WATCH_RESPONSE,
    CREATE_REQUEST,
    DELETE_REQUEST,
    STATUS,
    PRODUCE_REQUEST,
    PRODUCE_RESPONSE,
    FETCH_OFFSETS_REQUEST,
    FETCH_OFFSETS_RESPONSE,
    STREAM_FETCH_REQUEST,
    STREAM_FETCH_RESPONSE,
    UPDATE_OFFSETS_REQUEST,
    UPDATE_OFFSETS_RESPONSE,
    UPDATE_CONSUMER_OFFSET_REQUEST,
    UPDATE_CONSUMER_OFFSET_RESPONSE,
    DELETE_CONSUMER_OFFSET_REQUEST,
    DELETE_CONSUMER_OFFSET_RESPONSE,
    FETCH_CONSUMER_OFFSETS_REQUEST,
    FETCH_CONSUMER_OFFSETS_RESPONSE;

    /** This codec, typed for the message it reads and writes (the constant names it). */
    @SuppressWarnings("unchecked")
    <T> BodyCodec<T> codec() {
      return (BodyCodec<T>) (BodyCodec<?>) this;
    }

    @Override
    public void encode(Object value, ByteWriter w, int version) {
      switch (this) {
        case API_VERSIONS_REQUEST -> ((ApiVersionsRequest) value).encode(w, version);
        case API_VERSIONS_RESPONSE -> ((ApiVersionsResponse) value).encode(w);
        case LIST_REQUEST -> ((ObjectApi.ListRequest) value).encode(w, version);
        case LIST_RESPONSE -> ((ObjectApi.ListResponse<?>) value).encode(w, version);
        case WATCH_REQUEST -> ((ObjectApi.WatchRequest) value).encode(w, version);
        case WATCH_RESPONSE -> ((ObjectApi.WatchResponse<?>) value).encode(w, version);
        case CREATE_REQUEST -> ((ObjectApi.CreateRequest) value).encode(w, version);
        case DELETE_REQUEST -> ((ObjectApi.DeleteRequest) value).encode(w, version);
        case STATUS -> ((ObjectApi.Status) value).encode(w);
        case PRODUCE_REQUEST -> ((ProduceRequest) value).encode(w, version);
        case PRODUCE_RESPONSE -> ((ProduceResponse) value).encode(w, version);
        case FETCH_OFFSETS_REQUEST -> ((FetchOffsets.Request) value).encode(w, version);
        case FETCH_OFFSETS_RESPONSE -> ((FetchOffsets.Response) value).encode(w);
        case STREAM_FETCH_REQUEST -> ((StreamFetchRequest) value).encode(w, version);
        case STREAM_FETCH_RESPONSE -> ((StreamFetchResponse) value).encode(w, version);
        case UPDATE_OFFSETS_REQUEST -> ((UpdateOffsets.Request) value).encode(w);
        case UPDATE_OFFSETS_RESPONSE -> ((UpdateOffsets.Response) value).encode(w);
        case UPDATE_CONSUMER_OFFSET_REQUEST ->
            ((UpdateConsumerOffset.Request) value).encode(w, version);
        case UPDATE_CONSUMER_OFFSET_RESPONSE ->
            ((UpdateConsumerOffset.Response) value).encode(w, version);
        case DELETE_CONSUMER_OFFSET_REQUEST ->
            ((DeleteConsumerOffset.Request) value).encode(w, version);
        case DELETE_CONSUMER_OFFSET_RESPONSE ->
            ((DeleteConsumerOffset.Response) value).encode(w, version);
        case FETCH_CONSUMER_OFFSETS_REQUEST ->
            ((FetchConsumerOffsets.Request) value).encode(w, version);
        case FETCH_CONSUMER_OFFSETS_RESPONSE ->
            ((FetchConsumerOffsets.Response) value).encode(w, version);
        // A statement switch is not checked for completeness: a constant without its arm here
        // fails at once rather than writing an empty body.
        default -> throw new IllegalStateException("no encoder for " + name());
      }
    }

    @Override
    public Object decode(ByteReader r, int version) {
      return switch (this) {
        case API_VERSIONS_REQUEST -> ApiVersionsRequest.decode(r, version);
        case API_VERSIONS_RESPONSE -> ApiVersionsResponse.decode(r);
        case LIST_REQUEST -> ObjectApi.ListRequest.decode(r, version);
        case LIST_RESPONSE -> ObjectApi.ListResponse.decode(r, version);
        case WATCH_REQUEST -> ObjectApi.WatchRequest.decode(r, version);
        case WATCH_RESPONSE -> ObjectApi.WatchResponse.decode(r, version);
        case CREATE_REQUEST -> ObjectApi.CreateRequest.decode(r, version);
        case DELETE_REQUEST -> ObjectApi.DeleteRequest.decode(r, version);
        case STATUS -> ObjectApi.Status.decode(r);
        case PRODUCE_REQUEST -> ProduceRequest.decode(r, version);
        case PRODUCE_RESPONSE -> ProduceResponse.decode(r, version);
        case FETCH_OFFSETS_REQUEST -> FetchOffsets.Request.decode(r, version);
        case FETCH_OFFSETS_RESPONSE -> FetchOffsets.Response.decode(r);
        case STREAM_FETCH_REQUEST -> StreamFetchRequest.decode(r, version);
        case STREAM_FETCH_RESPONSE -> StreamFetchResponse.decode(r, version);
        case UPDATE_OFFSETS_REQUEST -> UpdateOffsets.Request.decode(r);
        case UPDATE_OFFSETS_RESPONSE -> UpdateOffsets.Response.decode(r);
        case UPDATE_CONSUMER_OFFSET_REQUEST -> UpdateConsumerOffset.Request.decode(r, version);
        case UPDATE_CONSUMER_OFFSET_RESPONSE -> UpdateConsumerOffset.Response.decode(r, version);
        case DELETE_CONSUMER_OFFSET_REQUEST -> DeleteConsumerOffset.Request.decode(r, version);
        case DELETE_CONSUMER_OFFSET_RESPONSE -> DeleteConsumerOffset.Response.decode(r, version);
        case FETCH_CONSUMER_OFFSETS_REQUEST -> FetchConsumerOffsets.Request.decode(r, version);
        case FETCH_CONSUMER_OFFSETS_RESPONSE -> FetchConsumerOffsets.Response.decode(r, version);
      };
    }
  }

  /**
   * The top-level error code of the responses that carry one, for the same reason as {@link Body}.
   */
  private enum TopLevelError implements Function<Object, ErrorCode> {
    API_VERSIONS,
    FETCH_OFFSETS,
    STREAM_FETCH,
    UPDATE_OFFSETS,
    UPDATE_CONSUMER_OFFSET,
    DELETE_CONSUMER_OFFSET,
    FETCH_CONSUMER_OFFSETS;

    /** This function, typed for the response it reads (the constant names its API). */
    @SuppressWarnings("unchecked")
    <R> Function<R, ErrorCode> of() {
      return (Function<R, ErrorCode>) (Function<?, ErrorCode>) this;
    }

    @Override
    public ErrorCode apply(Object response) {
      return switch (this) {
        case API_VERSIONS -> ((ApiVersionsResponse) response).error();
        case FETCH_OFFSETS -> ((FetchOffsets.Response) response).error();
        case STREAM_FETCH -> ((StreamFetchResponse) response).error();
        case UPDATE_OFFSETS -> ((UpdateOffsets.Response) response).error();
        case UPDATE_CONSUMER_OFFSET -> ((UpdateConsumerOffset.Response) response).error();
        case DELETE_CONSUMER_OFFSET -> ((DeleteConsumerOffset.Response) response).error();
        case FETCH_CONSUMER_OFFSETS -> ((FetchConsumerOffsets.Response) response).error();
      };
    }
  }
}
