package io.tributary.fluvio.protocol;

import java.util.List;

/**
 * FetchConsumerOffsets (SPU key 1008): the stored consumer offsets, optionally filtered by
 * partition and consumer id (the filter is on the wire from version 24; at 23 the body is empty and
 * every offset is returned).
 */
public final class FetchConsumerOffsets {
  /** First version that carries {@link Request#filter()}. */
  public static final int FILTER_VERSION = 24;

  private FetchConsumerOffsets() {}

  /**
   * Fluvio's {@code FilterOpts}: both parts are optional.
   *
   * @param replica only this topic partition, or null for all
   * @param consumerId only this consumer id, or null for all
   */
  public record Filter(ReplicaKey replica, String consumerId) {
    void encode(ByteWriter w) {
      w.bool(replica != null);
      if (replica != null) {
        replica.encode(w);
      }
      w.optionalString(consumerId);
    }

    static Filter decode(ByteReader r) {
      ReplicaKey replica = r.bool() ? ReplicaKey.decode(r) : null;
      return new Filter(replica, r.optionalString());
    }

    /** Whether an entry passes the filter. */
    public boolean matches(ConsumerOffset entry) {
      return (replica == null || replica.equals(entry.replica()))
          && (consumerId == null || consumerId.equals(entry.consumerId()));
    }
  }

  /**
   * The request.
   *
   * @param filter the filter, or null for every stored offset (Fluvio's {@code None})
   */
  public record Request(Filter filter) {
    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      if (version >= FILTER_VERSION) {
        w.bool(filter != null);
        if (filter != null) {
          filter.encode(w);
        }
      }
    }

    /** Reads the body at {@code version}. */
    public static Request decode(ByteReader r, int version) {
      return new Request(version >= FILTER_VERSION && r.bool() ? Filter.decode(r) : null);
    }
  }

  /**
   * One stored offset.
   *
   * @param consumerId the consumer id
   * @param replica the topic partition
   * @param offset the offset of the last record handed to the consumer's application
   * @param modifiedTime when it was stored, UTC seconds
   */
  public record ConsumerOffset(
      String consumerId, ReplicaKey replica, long offset, long modifiedTime) {
    void encode(ByteWriter w) {
      w.string(consumerId);
      replica.encode(w);
      w.i64(offset).i64(modifiedTime);
    }

    static ConsumerOffset decode(ByteReader r) {
      return new ConsumerOffset(r.string(), ReplicaKey.decode(r), r.i64(), r.i64());
    }
  }

  /**
   * The response.
   *
   * @param error the error code
   * @param consumers the stored offsets
   */
  public record Response(ErrorCode error, List<ConsumerOffset> consumers) {
    /** Copies the list. */
    public Response {
      consumers = List.copyOf(consumers);
    }

    /** Writes the body. */
    public void encode(ByteWriter w, int version) {
      error.encode(w);
      w.list(consumers, (cw, c) -> c.encode(cw));
    }

    /** Reads the body. */
    public static Response decode(ByteReader r, int version) {
      return new Response(ErrorCode.decode(r), r.list(ConsumerOffset::decode));
    }
  }
}
