package io.tributary.fluvio;

/** A Fluvio request got no response in time. */
public class FluvioTimeoutException extends FluvioException {
  /** Creates the exception. */
  public FluvioTimeoutException(String message) {
    super(message);
  }
}
