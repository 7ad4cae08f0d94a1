package io.tributary.fluvio.protocol;

/** DeleteConsumerOffset (SPU key 1007): forgets a consumer's stored offset of one partition. */
public final class DeleteConsumerOffset {
  private DeleteConsumerOffset() {}

  /**
   * The request.
   *
   * @param replica the topic partition
   * @param consumerId the consumer id
   */
  public record Request(ReplicaKey replica, String consumerId) {
    /** Writes the body. */
    public void encode(ByteWriter w, int version) {
      replica.encode(w);
      w.string(consumerId);
    }

    /** Reads the body. */
    public static Request decode(ByteReader r, int version) {
      return new Request(ReplicaKey.decode(r), r.string());
    }
  }

  /**
   * The response.
   *
   * @param error the error code
   */
  public record Response(ErrorCode error) {
    /** Writes the body. */
    public void encode(ByteWriter w, int version) {
      error.encode(w);
    }

    /** Reads the body. */
    public static Response decode(ByteReader r, int version) {
      return new Response(ErrorCode.decode(r));
    }
  }
}
