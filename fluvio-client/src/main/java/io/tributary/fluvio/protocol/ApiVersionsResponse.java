package io.tributary.fluvio.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ApiVersions response: error code, the supported version range per API key, and the platform
 * semver (docs/protocol.md#apiversions).
 *
 * @param error the error code
 * @param apiKeys supported ranges
 * @param platformVersion the server's platform version (semver)
 */
public record ApiVersionsResponse(
    ErrorCode error, List<ApiVersionKey> apiKeys, String platformVersion) {
  /** Copies the list. */
  public ApiVersionsResponse {
    apiKeys = List.copyOf(apiKeys);
  }

  /**
   * One supported range.
   *
   * @param apiKey the API key
   * @param minVersion lowest supported version
   * @param maxVersion highest supported version
   */
  public record ApiVersionKey(int apiKey, short minVersion, short maxVersion) {}

  /**
   * Chooses the version to use for {@code apiKey} given the client's range, as Fluvio's {@code
   * Versions::lookup_version}: if the ranges overlap, {@code min(clientMax, serverMax)}.
   */
  public Optional<Short> lookup(int apiKey, int clientMin, int clientMax) {
    for (ApiVersionKey k : apiKeys) {
      if (k.apiKey() == apiKey && k.minVersion() <= clientMax && k.maxVersion() >= clientMin) {
        return Optional.of((short) Math.min(clientMax, k.maxVersion()));
      }
    }
    return Optional.empty();
  }

  /** Writes the body. */
  public void encode(ByteWriter w) {
    error.encode(w);
    w.list(apiKeys, (ww, k) -> ww.i16(k.apiKey()).i16(k.minVersion()).i16(k.maxVersion()));
    w.string(platformVersion);
  }

  /** Reads the body. */
  public static ApiVersionsResponse decode(ByteReader r) {
    ErrorCode error = ErrorCode.decode(r);
    // Loops rather than ByteReader.list with a lambda in the decoders a connector runs before its
    // first record: linking a lambda costs more than the loop (docs/performance.md, "First
    // record").
    int n = r.i32();
    List<ApiVersionKey> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(new ApiVersionKey(r.i16(), r.i16(), r.i16()));
    }
    return new ApiVersionsResponse(error, keys, r.string());
  }
}
