package io.tributary.fluvio;

/**
 * A Fluvio operation failed. Messages name the endpoint and the cause. Subtypes tell apart what a
 * user can act on: {@link FluvioConnectionException} (unreachable or lost), {@link
 * FluvioTlsException}, {@link UnknownTopicException}, {@link FluvioTimeoutException}. Bad
 * configuration is a {@link FluvioConfigException}, which is not a subtype.
 */
public class FluvioException extends RuntimeException {
  /** Creates the exception. */
  public FluvioException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public FluvioException(String message, Throwable cause) {
    super(message, cause);
  }
}
