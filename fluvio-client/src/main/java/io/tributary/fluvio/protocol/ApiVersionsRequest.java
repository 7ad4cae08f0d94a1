package io.tributary.fluvio.protocol;

/**
 * ApiVersions request (key 18, header version 2): client semver, OS and architecture, each present
 * from version 1 (docs/protocol.md#apiversions).
 *
 * @param clientVersion semver string; the SC rejects anything else
 * @param clientOs operating system, e.g. {@code linux}
 * @param clientArch architecture, e.g. {@code x86_64}
 */
public record ApiVersionsRequest(String clientVersion, String clientOs, String clientArch) {
  /** Header version Fluvio clients send (V10_PLATFORM). */
  public static final short VERSION = 2;

  /** Writes the body at {@code version}. */
  public void encode(ByteWriter w, int version) {
    if (version >= 1) {
      w.string(clientVersion).string(clientOs).string(clientArch);
    }
  }

  /** Reads the body at {@code version}. */
  public static ApiVersionsRequest decode(ByteReader r, int version) {
    if (version < 1) {
      return new ApiVersionsRequest("", "", "");
    }
    return new ApiVersionsRequest(r.string(), r.string(), r.string());
  }
}
