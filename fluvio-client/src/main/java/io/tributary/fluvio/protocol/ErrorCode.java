package io.tributary.fluvio.protocol;

import java.util.Map;

/**
 * Fluvio's {@code ErrorCode}: an i16 tag followed by the variant's fields
 * (docs/protocol.md#error-codes). The payload of variants that carry one is kept as readable text
 * in {@link #detail()}, so the decoder keeps its place in the stream.
 *
 * @param code the i16 tag; 0 means success
 * @param detail the decoded payload as text, or empty
 */
public record ErrorCode(int code, String detail) {
  /** Success. */
  public static final ErrorCode NONE = new ErrorCode(0, "");

  /** Tag of {@code NotLeaderForPartition}. */
  public static final int NOT_LEADER_FOR_PARTITION = 6;

  /** Tag of {@code OffsetOutOfRange}. */
  public static final int OFFSET_OUT_OF_RANGE = 1;

  /** Tag of {@code Other(String)}. */
  public static final int OTHER = 2;

  /** Tag of {@code TopicNotFound}. */
  public static final int TOPIC_NOT_FOUND = 2001;

  /** Tag of {@code TopicAlreadyExists}. */
  public static final int TOPIC_ALREADY_EXISTS = 2002;

  /** Tag of {@code PartitionNotLeader}. */
  public static final int PARTITION_NOT_LEADER = 3001;

  /** Tag of {@code FetchSessionNotFoud} (sic): no stream with that session id. */
  public static final int FETCH_SESSION_NOT_FOUND = 3002;

  /** Tag of {@code OffsetFlushRequestError(String)}. */
  public static final int OFFSET_FLUSH_REQUEST_ERROR = 3003;

  /** Tag of {@code OffsetManagementDisabled}. */
  public static final int OFFSET_MANAGEMENT_DISABLED = 3004;

  /** Tag of {@code OffsetEvicted{offset, next_available}}. */
  public static final int OFFSET_EVICTED = 71;

  /** Tag of {@code MessageTooLarge}. */
  public static final int MESSAGE_TOO_LARGE = 10;

  /** Tag of {@code CompressionError}. */
  public static final int COMPRESSION_ERROR = 9000;

  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(-1, "UnknownServerError"),
          Map.entry(0, "None"),
          Map.entry(1, "OffsetOutOfRange"),
          Map.entry(2, "Other"),
          Map.entry(6, "NotLeaderForPartition"),
          Map.entry(7, "RequestTimedOut"),
          Map.entry(10, "MessageTooLarge"),
          Map.entry(13, "PermissionDenied"),
          Map.entry(56, "StorageError"),
          Map.entry(60, "InvalidCreateRequest"),
          Map.entry(61, "InvalidDeleteRequest"),
          Map.entry(71, "OffsetEvicted"),
          Map.entry(72, "PartitionFull"),
          Map.entry(73, "PartitionShortCircuited"),
          Map.entry(1000, "SpuError"),
          Map.entry(1002, "SpuOffline"),
          Map.entry(1003, "SpuNotFound"),
          Map.entry(2000, "TopicError"),
          Map.entry(2001, "TopicNotFound"),
          Map.entry(2002, "TopicAlreadyExists"),
          Map.entry(2003, "TopicPendingInitialization"),
          Map.entry(2004, "TopicInvalidConfiguration"),
          Map.entry(2005, "TopicNotProvisioned"),
          Map.entry(2006, "TopicInvalidName"),
          Map.entry(2007, "TopicDeleted"),
          Map.entry(3000, "PartitionPendingInitialization"),
          Map.entry(3001, "PartitionNotLeader"),
          Map.entry(3002, "FetchSessionNotFound"),
          Map.entry(3003, "OffsetFlushRequestError"),
          Map.entry(3004, "OffsetManagementDisabled"),
          Map.entry(6000, "SmartModuleError"),
          Map.entry(6001, "SmartModuleNotFound"),
          Map.entry(6002, "SmartModuleInvalid"),
          Map.entry(6004, "SmartModuleRuntimeError"),
          Map.entry(6005, "SmartModuleChainInitError"),
          Map.entry(9000, "CompressionError"));

  private static final java.util.regex.Pattern EVICTED =
      java.util.regex.Pattern.compile("offset=(-?\\d+) next_available=(-?\\d+)");

  /** Normalizes a null detail to empty. */
  public ErrorCode {
    detail = detail == null ? "" : detail;
  }

  /** An error without payload. */
  public static ErrorCode of(int code) {
    return new ErrorCode(code, "");
  }

  /** An {@code Other(String)} error. */
  public static ErrorCode other(String message) {
    return new ErrorCode(OTHER, message);
  }

  /**
   * {@code OffsetEvicted}: the records at {@code offset} were removed by retention; the first one
   * left is {@code nextAvailable}.
   */
  public static ErrorCode offsetEvicted(long offset, long nextAvailable) {
    return new ErrorCode(OFFSET_EVICTED, "offset=" + offset + " next_available=" + nextAvailable);
  }

  /**
   * The two numbers of an {@code OffsetEvicted} error: the requested offset and the next available
   * one.
   *
   * @throws IllegalStateException for any other error
   */
  public long[] evictedOffsets() {
    java.util.regex.Matcher m = EVICTED.matcher(detail);
    if (code != OFFSET_EVICTED || !m.matches()) {
      throw new IllegalStateException("not an OffsetEvicted error: " + this);
    }
    return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
  }

  /**
   * The text Fluvio shows for this error (its {@code Display}), e.g. {@code Offset 3 is evicted.
   * The next available is 10}; the variant name and payload for errors without one here.
   */
  public String message() {
    return switch (code) {
      case OFFSET_EVICTED ->
          "Offset "
              + evictedOffsets()[0]
              + " is evicted. The next available is "
              + evictedOffsets()[1];
      case OFFSET_MANAGEMENT_DISABLED -> "the offset management is disabled for the stream";
      case OFFSET_FLUSH_REQUEST_ERROR -> "offset flush error: " + detail;
      case FETCH_SESSION_NOT_FOUND -> "the fetch session was not found";
      case PARTITION_NOT_LEADER -> "the partition is not a leader";
      case OTHER -> detail;
      default -> toString();
    };
  }

  /** True for {@code None}. */
  public boolean isOk() {
    return code == 0;
  }

  /**
   * Whether a client should refresh its metadata and retry: the leader moved or is not ready, the
   * request timed out, or the SPU is offline.
   */
  public boolean retriable() {
    return switch (code) {
      case NOT_LEADER_FOR_PARTITION, PARTITION_NOT_LEADER, 7, 1002, 3000, 2003 -> true;
      default -> false;
    };
  }

  /** Variant name and payload, e.g. {@code TopicNotFound} or {@code Other: boom}. */
  @Override
  public String toString() {
    String name = NAMES.getOrDefault(code, "ErrorCode(" + code + ")");
    return detail.isEmpty() ? name : name + ": " + detail;
  }

  /** Writes the tag and, for {@code Other}, the string variants and OffsetEvicted, the payload. */
  public void encode(ByteWriter w) {
    w.i16(code);
    switch (code) {
      case 2, 3003, 6001, 6005, 6006, 6007, 8001, 8003, 10001 -> w.string(detail);
      case 71 -> w.i64(evictedOffsets()[0]).i64(evictedOffsets()[1]);
      case 7, 72, 6002, 6003, 6004, 6008, 12001, 12002 ->
          throw new IllegalArgumentException("cannot encode the payload of " + this);
      default -> {}
    }
  }

  /** Reads an ErrorCode, including every payload-carrying variant. */
  public static ErrorCode decode(ByteReader r) {
    int code = r.i16();
    String detail =
        switch (code) {
          case 2, 3003, 6001, 6005, 6006, 6007, 8001, 8003, 10001 -> r.string();
          case 7 -> "timeout_ms=" + r.i64() + " kind=" + r.u8();
          case 71 -> "offset=" + r.i64() + " next_available=" + r.i64();
          case 72 -> "replica=" + r.string() + "-" + r.u32();
          case 6002 -> r.string() + nameSuffix(r.optionalString());
          case 6003 -> r.string() + " (" + r.string() + ")";
          case 6004 -> transformError(r);
          case 6008 -> "requested=" + r.i64() + " max=" + r.i64();
          case 12001, 12002 -> r.string() + " " + r.string();
          default -> "";
        };
    return new ErrorCode(code, detail);
  }

  private static String nameSuffix(String name) {
    return name == null ? "" : " (" + name + ")";
  }

  private static String transformError(ByteReader r) {
    String hint = r.string();
    long offset = r.i64();
    r.u8(); // kind
    if (r.bool()) {
      r.varBytes();
    }
    r.varBytes();
    return hint + " at offset " + offset;
  }
}
