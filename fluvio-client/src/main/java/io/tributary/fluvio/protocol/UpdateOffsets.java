package io.tributary.fluvio.protocol;

/**
 * UpdateOffsets (SPU key 1005, v0): the consumer's flow-control acknowledgement of a stream
 * (reference §3.9), one offset per stream session.
 */
public final class UpdateOffsets {
  private UpdateOffsets() {}

  /**
   * An acknowledgement for one stream.
   *
   * @param offset the next offset the consumer wants
   * @param sessionId the stream id
   */
  public record Request(long offset, int sessionId) {
    /** Writes the body. */
    public void encode(ByteWriter w) {
      w.i32(1).i64(offset).u32(sessionId);
    }

    /** Reads the body, keeping its last entry; null if it has none. */
    public static Request decode(ByteReader r) {
      Request last = null;
      for (int i = 0, n = r.i32(); i < n; i++) {
        last = new Request(r.i64(), (int) r.u32());
      }
      return last;
    }
  }

  /** Writes a response with one status entry. */
  public static void encodeResponse(ByteWriter w, int sessionId, ErrorCode error) {
    w.i32(1).u32(sessionId);
    error.encode(w);
  }
}
