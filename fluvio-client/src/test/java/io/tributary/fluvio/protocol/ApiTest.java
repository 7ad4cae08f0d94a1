package io.tributary.fluvio.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.protocol.ApiVersionsResponse.ApiVersionKey;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Version negotiation and the descriptor table. */
class ApiTest {
  private static ApiVersionsResponse server(ApiVersionKey... keys) {
    return new ApiVersionsResponse(ErrorCode.NONE, List.of(keys), "0.18.1");
  }

  private static ApiVersionKey key(int api, int min, int max) {
    return new ApiVersionKey(api, (short) min, (short) max);
  }

  @Test
  void aListedKeyGetsTheHighestVersionBothSidesSpeak() {
    assertThat(Apis.STREAM_FETCH.negotiate(server(key(1003, 0, 18)))).contains((short) 18);
    assertThat(Apis.STREAM_FETCH.negotiate(server(key(1003, 0, 30)))).contains((short) 25);
    assertThat(Apis.LIST.negotiate(server(key(1003, 15, 19)))).contains((short) 19);
  }

  @Test
  void disjointRangesGiveNoVersion() {
    assertThat(Apis.LIST.negotiate(server(key(1003, 0, 14)))).isEmpty();
    assertThat(Apis.UPDATE_CONSUMER_OFFSET.negotiate(server(key(1006, 0, 22)))).isEmpty();
  }

  @Test
  void anUnlistedKeyIsSentAtTheDefaultVersionAsFluvioDoes() {
    // The SPU's ApiVersions answer omits 1006-1008; the Rust client then sends its default, 25.
    ApiVersionsResponse spu =
        server(key(0, 0, 25), key(1002, 25, 25), key(1003, 0, 25), key(1005, 0, 0));
    for (Api<?, ?> api :
        List.of(
            Apis.UPDATE_CONSUMER_OFFSET,
            Apis.DELETE_CONSUMER_OFFSET,
            Apis.FETCH_CONSUMER_OFFSETS)) {
      assertThat(api.negotiate(spu)).as(api.name()).contains((short) 25);
      assertThat(api.minVersion()).as(api.name()).isEqualTo((short) 23);
    }
  }

  @Test
  void keysAreUniquePerService() {
    Map<String, List<Integer>> keysByService =
        Stream.of(Apis.class.getFields())
            .filter(f -> f.getType() == Api.class)
            .map(
                f -> {
                  try {
                    return (Api<?, ?>) f.get(null);
                  } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                  }
                })
            .collect(
                Collectors.groupingBy(
                    a -> a.service().name(), Collectors.mapping(Api::key, Collectors.toList())));
    keysByService.values().forEach(keys -> assertThat(keys).doesNotHaveDuplicates());
    assertThat(keysByService.get("SPU")).contains(0, 1002, 1003, 1005, 1006, 1007, 1008);
    assertThat(keysByService.get("SC")).contains(1001, 1002, 1003, 1004);
  }

  @Test
  void aServerErrorIsReadFromTheResponse() {
    FetchOffsets.Response missing = new FetchOffsets.Response("t", 0, ErrorCode.of(2001), 0, 0);
    assertThat(Apis.FETCH_OFFSETS.errorIn(missing).code()).isEqualTo(2001);
    assertThat(Apis.PRODUCE.errorIn(new ProduceResponse(List.of(), 0))).isEqualTo(ErrorCode.NONE);
  }

  @Test
  void aBadRangeIsRejected() {
    assertThatThrownBy(
            () ->
                new Api<>(
                    "x",
                    Api.Service.SPU,
                    1,
                    (short) 3,
                    (short) 2,
                    Apis.PRODUCE.request(),
                    Apis.PRODUCE.response(),
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
