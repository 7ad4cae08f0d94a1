package io.tributary.fluvio.protocol;

/**
 * FetchOffsets (SPU key 1002, docs/protocol.md#consuming) for one topic partition: its start offset
 * and last stable offset (the high watermark).
 */
public final class FetchOffsets {
  /** Highest version this codec speaks. */
  public static final short MAX_VERSION = 25;

  private FetchOffsets() {}

  /**
   * The request for one partition.
   *
   * @param topic the topic
   * @param partition the partition
   */
  public record Request(String topic, int partition) {
    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      w.i32(1).string(topic).i32(1).u32(partition);
      if (version == 23) {
        w.bool(false);
      }
    }

    /**
     * Reads the body, keeping its first topic and partition; the deprecated consumer id of version
     * 23 is read and dropped.
     */
    public static Request decode(ByteReader r, int version) {
      int topics = r.i32();
      if (topics < 1) {
        return new Request("", 0);
      }
      String topic = r.string();
      int parts = r.i32();
      Request req = new Request(topic, parts < 1 ? 0 : (int) r.u32());
      if (topics == 1 && parts == 1 && version == 23) {
        r.optionalString();
      }
      return req;
    }
  }

  /**
   * The response for one partition.
   *
   * @param topic the topic
   * @param partition the partition
   * @param error the error code
   * @param startOffset first offset in the log
   * @param lastStableOffset offset after the last committed record
   */
  public record Response(
      String topic, int partition, ErrorCode error, long startOffset, long lastStableOffset) {
    /** Writes the body. */
    public void encode(ByteWriter w) {
      w.i32(1).string(topic).i32(1);
      error.encode(w);
      w.u32(partition).i64(startOffset).i64(lastStableOffset);
    }

    /** Reads the body, keeping its first topic and partition. */
    public static Response decode(ByteReader r) {
      if (r.i32() < 1) {
        throw new ProtocolException("FetchOffsets response without topics");
      }
      String topic = r.string();
      if (r.i32() < 1) {
        throw new ProtocolException("FetchOffsets response without partitions");
      }
      ErrorCode error = ErrorCode.decode(r);
      return new Response(topic, (int) r.u32(), error, r.i64(), r.i64());
    }
  }
}
