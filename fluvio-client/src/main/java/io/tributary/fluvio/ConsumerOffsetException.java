package io.tributary.fluvio;

import io.tributary.fluvio.protocol.ErrorCode;

/**
 * Stored consumer offsets cannot be used as asked: offset management is disabled (a commit or flush
 * on a consumer whose strategy is {@code NONE}, or the cluster refused it), the stored or requested
 * offset was evicted by retention ({@code OffsetEvicted}, error 71), or the cluster could not store
 * an offset. The message carries the cluster's own text; a consumer never silently restarts
 * somewhere else after one of these.
 */
public class ConsumerOffsetException extends FluvioServerException {
  /** Creates the exception for {@code error}. */
  public ConsumerOffsetException(String message, ErrorCode error) {
    super(message, error);
  }

  /** Whether {@code code} is one of the stored-offset errors this exception stands for. */
  public static boolean handles(int code) {
    return code == ErrorCode.OFFSET_MANAGEMENT_DISABLED
        || code == ErrorCode.OFFSET_EVICTED
        || code == ErrorCode.OFFSET_FLUSH_REQUEST_ERROR;
  }

  /** Whether the offset was evicted by retention (error 71). */
  public boolean evicted() {
    return error().code() == ErrorCode.OFFSET_EVICTED;
  }

  /** For an evicted offset: the first offset the partition still holds; otherwise -1. */
  public long nextAvailable() {
    return evicted() ? error().evictedOffsets()[1] : -1;
  }
}
