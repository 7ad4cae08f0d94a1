package io.tributary.fluvio;

/**
 * The client configuration is invalid: a malformed endpoint, an unreadable or malformed profile
 * file, a missing profile or cluster, unusable TLS material. The message names the file, key or
 * value at fault and the expected form; it never contains secret material.
 */
public class FluvioConfigException extends RuntimeException {
  /** Creates the exception. */
  public FluvioConfigException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public FluvioConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
