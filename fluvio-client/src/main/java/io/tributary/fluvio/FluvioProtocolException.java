package io.tributary.fluvio;

/**
 * A Fluvio server sent a response this client cannot decode. Retrying the same request would not
 * help, so producers and consumers fail at once instead.
 */
public class FluvioProtocolException extends FluvioException {
  /** Creates the exception. */
  public FluvioProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
