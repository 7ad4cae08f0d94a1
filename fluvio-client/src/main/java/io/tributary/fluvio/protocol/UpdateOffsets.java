package io.tributary.fluvio.protocol;

/**
 * UpdateOffsets (SPU key 1005, v0): the consumer's flow-control acknowledgement of a stream
 * (docs/protocol.md#consuming), one offset per stream session.
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

  /**
   * The response: the status of one stream session.
   *
   * @param sessionId the stream id
   * @param error the error code ({@code FetchSessionNotFound} for an unknown session)
   */
  public record Response(int sessionId, ErrorCode error) {
    /** Writes the body with one status entry. */
    public void encode(ByteWriter w) {
      w.i32(1).u32(sessionId);
      error.encode(w);
    }

    /** Reads the body, keeping its first entry; an empty list is success. */
    public static Response decode(ByteReader r) {
      Response first = null;
      for (int i = 0, n = r.i32(); i < n; i++) {
        Response e = new Response((int) r.u32(), ErrorCode.decode(r));
        first = first == null ? e : first;
      }
      return first != null ? first : new Response(0, ErrorCode.NONE);
    }
  }
}
