package io.tributary.fluvio;

import io.tributary.fluvio.protocol.ErrorCode;

/** The cluster answered a request with a Fluvio error code. */
public class FluvioServerException extends FluvioException {
  private final ErrorCode error;

  /** Creates the exception for {@code error}. */
  public FluvioServerException(String message, ErrorCode error) {
    super(message);
    this.error = error;
  }

  /**
   * The exception for {@code error}: a {@link ConsumerOffsetException} for the stored-offset errors
   * ({@link ConsumerOffsetException#handles}), a plain {@code FluvioServerException} otherwise.
   */
  public static FluvioServerException of(String message, ErrorCode error) {
    return ConsumerOffsetException.handles(error.code())
        ? new ConsumerOffsetException(message, error)
        : new FluvioServerException(message, error);
  }

  /** The error code the cluster returned. */
  public ErrorCode error() {
    return error;
  }
}
