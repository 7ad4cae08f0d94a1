package io.tributary.fluvio;

/** A Fluvio endpoint could not be reached, or a connection to it was lost. */
public class FluvioConnectionException extends FluvioException {
  /** Creates the exception. */
  public FluvioConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
