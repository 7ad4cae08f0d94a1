package io.tributary.fluvio.protocol;

/** Bytes on the wire that do not follow the Fluvio protocol (truncated, bad tag, bad CRC). */
public final class ProtocolException extends RuntimeException {
  /** Creates the exception with a message saying what was malformed. */
  public ProtocolException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
