package io.tributary.fluvio;

/** The TLS handshake with a Fluvio endpoint failed (certificate, domain or protocol). */
public class FluvioTlsException extends FluvioConnectionException {
  /** Creates the exception. */
  public FluvioTlsException(String message, Throwable cause) {
    super(message, cause);
  }
}
