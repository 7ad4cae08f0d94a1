package io.tributary.testkit;

import io.tributary.fluvio.protocol.ApiKeys;
import io.tributary.fluvio.protocol.ApiVersionsResponse;
import io.tributary.fluvio.protocol.ApiVersionsResponse.ApiVersionKey;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.ObjectApi;
import java.util.List;

/** What the test SC and SPU advertise in their ApiVersions responses. */
final class ApiVersionTable {
  /** Platform version the test SC reports (semver, as the real SC). */
  static final String PLATFORM = "0.18.1";

  private ApiVersionTable() {}

  static ApiVersionsResponse sc() {
    return new ApiVersionsResponse(ErrorCode.NONE, List.of(
        key(ApiKeys.API_VERSIONS, 0, 2),
        key(ApiKeys.CREATE, 11, ObjectApi.MAX_VERSION),
        key(ApiKeys.DELETE, 11, ObjectApi.MAX_VERSION),
        key(ApiKeys.LIST, ObjectApi.MIN_VERSION, ObjectApi.MAX_VERSION),
        key(ApiKeys.WATCH, ObjectApi.MIN_VERSION, ObjectApi.MAX_VERSION)), PLATFORM);
  }

  static ApiVersionsResponse spu() {
    return new ApiVersionsResponse(ErrorCode.NONE, List.of(
        key(ApiKeys.API_VERSIONS, 0, 2),
        key(ApiKeys.PRODUCE, 0, 25),
        key(ApiKeys.FETCH_OFFSETS, 0, 25),
        key(ApiKeys.STREAM_FETCH, 0, 25),
        key(ApiKeys.UPDATE_OFFSETS, 0, 0)), "0.0.0");
  }

  private static ApiVersionKey key(int api, int min, int max) {
    return new ApiVersionKey(api, (short) min, (short) max);
  }
}
