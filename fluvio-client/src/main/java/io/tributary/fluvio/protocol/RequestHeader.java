package io.tributary.fluvio.protocol;

/**
 * Request header (docs/protocol.md#framing-and-the-request-header): {@code api_key u16, api_version
 * i16, correlation_id i32, client_id String}.
 *
 * @param apiKey the API key
 * @param apiVersion the version the body is encoded at
 * @param correlationId the id the response carries back
 * @param clientId the client id, {@code "fluvio"} by default
 */
public record RequestHeader(int apiKey, short apiVersion, int correlationId, String clientId) {
  /** Writes the header. */
  public void encode(ByteWriter w) {
    w.i16(apiKey).i16(apiVersion).i32(correlationId).string(clientId);
  }

  /** Reads a header. */
  public static RequestHeader decode(ByteReader r) {
    return new RequestHeader(r.u16(), r.i16(), r.i32(), r.string());
  }
}
