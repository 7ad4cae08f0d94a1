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

  /** The error code the cluster returned. */
  public ErrorCode error() {
    return error;
  }
}
