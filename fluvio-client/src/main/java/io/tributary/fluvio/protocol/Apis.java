package io.tributary.fluvio.protocol;

import io.tributary.fluvio.protocol.Api.Service;

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
          BodyCodec.of(ApiVersionsRequest::encode, ApiVersionsRequest::decode),
          BodyCodec.of((resp, w, v) -> resp.encode(w), (r, v) -> ApiVersionsResponse.decode(r)),
          ApiVersionsResponse::error);

  /** SC List (1003): every object of one kind. */
  public static final Api<ObjectApi.ListRequest, ObjectApi.ListResponse<?>> LIST =
      new Api<>(
          "List",
          Service.SC,
          ApiKeys.LIST,
          ObjectApi.MIN_VERSION,
          ObjectApi.MAX_VERSION,
          BodyCodec.of(ObjectApi.ListRequest::encode, ObjectApi.ListRequest::decode),
          BodyCodec.of(ObjectApi.ListResponse::encode, ObjectApi.ListResponse::decode),
          null);

  /** SC Watch (1004): a stream of metadata updates of one kind. */
  public static final Api<ObjectApi.WatchRequest, ObjectApi.WatchResponse<?>> WATCH =
      new Api<>(
          "Watch",
          Service.SC,
          ApiKeys.WATCH,
          ObjectApi.MIN_VERSION,
          ObjectApi.MAX_VERSION,
          BodyCodec.of(ObjectApi.WatchRequest::encode, ObjectApi.WatchRequest::decode),
          BodyCodec.of(ObjectApi.WatchResponse::encode, ObjectApi.WatchResponse::decode),
          null);

  /** SC Create (1001); the caller reads the {@code Status}. */
  public static final Api<ObjectApi.CreateRequest, ObjectApi.Status> CREATE =
      new Api<>(
          "Create",
          Service.SC,
          ApiKeys.CREATE,
          ObjectApi.MIN_ADMIN_VERSION,
          ObjectApi.MAX_VERSION,
          BodyCodec.of(ObjectApi.CreateRequest::encode, ObjectApi.CreateRequest::decode),
          status(),
          null);

  /** SC Delete (1002); the caller reads the {@code Status}. */
  public static final Api<ObjectApi.DeleteRequest, ObjectApi.Status> DELETE =
      new Api<>(
          "Delete",
          Service.SC,
          ApiKeys.DELETE,
          ObjectApi.MIN_ADMIN_VERSION,
          ObjectApi.MAX_VERSION,
          BodyCodec.of(ObjectApi.DeleteRequest::encode, ObjectApi.DeleteRequest::decode),
          status(),
          null);

  /** SPU Produce (0); errors are per partition, in the response. */
  public static final Api<ProduceRequest, ProduceResponse> PRODUCE =
      new Api<>(
          "Produce",
          Service.SPU,
          ApiKeys.PRODUCE,
          (short) 0,
          ProduceRequest.MAX_VERSION,
          BodyCodec.of(ProduceRequest::encode, ProduceRequest::decode),
          BodyCodec.of(ProduceResponse::encode, ProduceResponse::decode),
          null);

  /** SPU FetchOffsets (1002): a partition's start and last stable offsets. */
  public static final Api<FetchOffsets.Request, FetchOffsets.Response> FETCH_OFFSETS =
      new Api<>(
          "FetchOffsets",
          Service.SPU,
          ApiKeys.FETCH_OFFSETS,
          (short) 0,
          FetchOffsets.MAX_VERSION,
          BodyCodec.of(FetchOffsets.Request::encode, FetchOffsets.Request::decode),
          BodyCodec.of((resp, w, v) -> resp.encode(w), (r, v) -> FetchOffsets.Response.decode(r)),
          FetchOffsets.Response::error);

  /** SPU StreamFetch (1003): many response frames per request; an error frame ends it. */
  public static final Api<StreamFetchRequest, StreamFetchResponse> STREAM_FETCH =
      new Api<>(
          "StreamFetch",
          Service.SPU,
          ApiKeys.STREAM_FETCH,
          (short) 0,
          StreamFetchRequest.MAX_VERSION,
          BodyCodec.of(StreamFetchRequest::encode, StreamFetchRequest::decode),
          BodyCodec.of(StreamFetchResponse::encode, StreamFetchResponse::decode),
          StreamFetchResponse::error);

  /** SPU UpdateOffsets (1005, v0): a stream's flow-control acknowledgement. */
  public static final Api<UpdateOffsets.Request, UpdateOffsets.Response> UPDATE_OFFSETS =
      new Api<>(
          "UpdateOffsets",
          Service.SPU,
          ApiKeys.UPDATE_OFFSETS,
          (short) 0,
          (short) 0,
          BodyCodec.of((req, w, v) -> req.encode(w), (r, v) -> UpdateOffsets.Request.decode(r)),
          BodyCodec.of((resp, w, v) -> resp.encode(w), (r, v) -> UpdateOffsets.Response.decode(r)),
          UpdateOffsets.Response::error);

  /** SPU UpdateConsumerOffset (1006): stores a consumer's offset for its stream session. */
  public static final Api<UpdateConsumerOffset.Request, UpdateConsumerOffset.Response>
      UPDATE_CONSUMER_OFFSET =
          offsets(
              "UpdateConsumerOffset",
              ApiKeys.UPDATE_CONSUMER_OFFSET,
              UpdateConsumerOffset.Request::encode,
              UpdateConsumerOffset.Request::decode,
              UpdateConsumerOffset.Response::encode,
              UpdateConsumerOffset.Response::decode,
              UpdateConsumerOffset.Response::error);

  /** SPU DeleteConsumerOffset (1007): forgets a consumer's stored offset of a partition. */
  public static final Api<DeleteConsumerOffset.Request, DeleteConsumerOffset.Response>
      DELETE_CONSUMER_OFFSET =
          offsets(
              "DeleteConsumerOffset",
              ApiKeys.DELETE_CONSUMER_OFFSET,
              DeleteConsumerOffset.Request::encode,
              DeleteConsumerOffset.Request::decode,
              DeleteConsumerOffset.Response::encode,
              DeleteConsumerOffset.Response::decode,
              DeleteConsumerOffset.Response::error);

  /** SPU FetchConsumerOffsets (1008): stored consumer offsets, optionally filtered. */
  public static final Api<FetchConsumerOffsets.Request, FetchConsumerOffsets.Response>
      FETCH_CONSUMER_OFFSETS =
          offsets(
              "FetchConsumerOffsets",
              ApiKeys.FETCH_CONSUMER_OFFSETS,
              FetchConsumerOffsets.Request::encode,
              FetchConsumerOffsets.Request::decode,
              FetchConsumerOffsets.Response::encode,
              FetchConsumerOffsets.Response::decode,
              FetchConsumerOffsets.Response::error);

  /** A consumer-offset API: SPU, versions 23 to 25, not listed by SPUs in ApiVersions. */
  private static <Q, R> Api<Q, R> offsets(
      String name,
      int key,
      BodyCodec.Encoder<Q> encodeRequest,
      BodyCodec.Decoder<Q> decodeRequest,
      BodyCodec.Encoder<R> encodeResponse,
      BodyCodec.Decoder<R> decodeResponse,
      java.util.function.Function<R, ErrorCode> errorOf) {
    return new Api<>(
        name,
        Service.SPU,
        key,
        OFFSET_MANAGEMENT_VERSION,
        SPU_VERSION,
        BodyCodec.of(encodeRequest, decodeRequest),
        BodyCodec.of(encodeResponse, decodeResponse),
        errorOf);
  }

  private static BodyCodec<ObjectApi.Status> status() {
    return BodyCodec.of((s, w, v) -> s.encode(w), (r, v) -> ObjectApi.Status.decode(r));
  }
}
