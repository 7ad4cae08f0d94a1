package io.tributary.fluvio.protocol;

/**
 * UpdateConsumerOffset (SPU key 1006): stores the offset of the last record a consumer handed to
 * its application, for the consumer id of the StreamFetch session {@code sessionId} on the same
 * connection.
 */
public final class UpdateConsumerOffset {
  private UpdateConsumerOffset() {}

  /**
   * The request.
   *
   * @param offset the offset to store
   * @param sessionId the stream id of a StreamFetch opened with a consumer id on this connection
   */
  public record Request(long offset, int sessionId) {
    /** Writes the body. */
    public void encode(ByteWriter w, int version) {
      w.i64(offset).u32(sessionId);
    }

    /** Reads the body. */
    public static Request decode(ByteReader r, int version) {
      return new Request(r.i64(), (int) r.u32());
    }
  }

  /**
   * The response.
   *
   * @param offset the stored offset (0 on error)
   * @param error the error code
   */
  public record Response(long offset, ErrorCode error) {
    /** Writes the body. */
    public void encode(ByteWriter w, int version) {
      w.i64(offset);
      error.encode(w);
    }

    /** Reads the body. */
    public static Response decode(ByteReader r, int version) {
      return new Response(r.i64(), ErrorCode.decode(r));
    }
  }
}
