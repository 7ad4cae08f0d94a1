package io.tributary.fluvio.protocol;

/** API keys of the SC and SPU public services (see docs/fluvio.md). */
public final class ApiKeys {
  private ApiKeys() {}

  /** SPU: Produce. */
  public static final int PRODUCE = 0;

  /** SC and SPU: ApiVersions, the first request on every connection. */
  public static final int API_VERSIONS = 18;

  /** SC: create an object (a topic). */
  public static final int CREATE = 1001;

  /** SC: delete an object. */
  public static final int DELETE = 1002;

  /** SC: list objects of one kind. */
  public static final int LIST = 1003;

  /** SC: watch objects of one kind (a stream). */
  public static final int WATCH = 1004;

  /** SPU: FetchOffsets. */
  public static final int FETCH_OFFSETS = 1002;

  /** SPU: StreamFetch (a stream). */
  public static final int STREAM_FETCH = 1003;

  /** SPU: UpdateOffsets, the stream-fetch flow-control acknowledgement. */
  public static final int UPDATE_OFFSETS = 1005;

  /** SPU: store a consumer offset. */
  public static final int UPDATE_CONSUMER_OFFSET = 1006;

  /** SPU: delete a stored consumer offset. */
  public static final int DELETE_CONSUMER_OFFSET = 1007;

  /** SPU: fetch stored consumer offsets. */
  public static final int FETCH_CONSUMER_OFFSETS = 1008;
}
