package io.tributary.fluvio.protocol;

import static io.tributary.fluvio.protocol.Hex.bytes;
import static io.tributary.fluvio.protocol.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.protocol.FetchConsumerOffsets.ConsumerOffset;
import io.tributary.fluvio.protocol.FetchConsumerOffsets.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consumer-offset requests (1006-1008) and StreamFetch's consumer id against byte vectors
 * computed from the field layouts of Fluvio's {@code consumer_offset.rs} and {@code
 * stream_fetch.rs}; each one is decoded back, and re-encoded through its descriptor.
 */
class ConsumerOffsetVectorsTest {
  private static <T> void golden(BodyCodec<T> codec, T value, int version, String expected) {
    ByteWriter w = new ByteWriter();
    codec.encode(value, w, version);
    assertThat(hex(w)).as("encoded at v%d", version).isEqualTo(expected.replace(" ", ""));
    ByteReader r = new ByteReader(bytes(expected));
    assertThat(codec.decode(r, version)).as("decoded at v%d", version).isEqualTo(value);
    assertThat(r.remaining()).as("bytes left at v%d", version).isZero();
  }

  @Test
  void updateConsumerOffset() {
    golden(
        Apis.UPDATE_CONSUMER_OFFSET.request(),
        new UpdateConsumerOffset.Request(5, 1),
        25,
        "0000000000000005 00000001");
    golden(
        Apis.UPDATE_CONSUMER_OFFSET.response(),
        new UpdateConsumerOffset.Response(5, ErrorCode.NONE),
        25,
        "0000000000000005 0000");
    golden(
        Apis.UPDATE_CONSUMER_OFFSET.response(),
        new UpdateConsumerOffset.Response(0, ErrorCode.of(3002)),
        25,
        "0000000000000000 0bba");
    golden(
        Apis.UPDATE_CONSUMER_OFFSET.response(),
        new UpdateConsumerOffset.Response(0, ErrorCode.other("stream without consumer id")),
        25,
        "0000000000000000 0002 001a 73747265616d20776974686f757420636f6e73756d6572206964");
  }

  @Test
  void deleteConsumerOffset() {
    golden(
        Apis.DELETE_CONSUMER_OFFSET.request(),
        new DeleteConsumerOffset.Request(new ReplicaKey("t", 0), "c"),
        25,
        "000174 00000000 000163");
    golden(
        Apis.DELETE_CONSUMER_OFFSET.response(),
        new DeleteConsumerOffset.Response(ErrorCode.NONE),
        25,
        "0000");
    golden(
        Apis.DELETE_CONSUMER_OFFSET.response(),
        new DeleteConsumerOffset.Response(ErrorCode.of(ErrorCode.PARTITION_NOT_LEADER)),
        25,
        "0bb9");
  }

  @Test
  void fetchConsumerOffsetsRequestAtEachVersion() {
    FetchConsumerOffsets.Request filtered =
        new FetchConsumerOffsets.Request(new Filter(new ReplicaKey("t", 0), "c"));
    golden(Apis.FETCH_CONSUMER_OFFSETS.request(), filtered, 24, "01 01 000174 00000000 01 000163");
    golden(Apis.FETCH_CONSUMER_OFFSETS.request(), filtered, 25, "01 01 000174 00000000 01 000163");
    golden(
        Apis.FETCH_CONSUMER_OFFSETS.request(),
        new FetchConsumerOffsets.Request(new Filter(null, "c")),
        25,
        "01 00 01 000163");
    // Fluvio::consumer_offsets() asks for everything with filter_opts None.
    golden(Apis.FETCH_CONSUMER_OFFSETS.request(), new FetchConsumerOffsets.Request(null), 25, "00");
    // Before version 24 the filter is not on the wire at all.
    golden(Apis.FETCH_CONSUMER_OFFSETS.request(), new FetchConsumerOffsets.Request(null), 23, "");
    assertThat(hex(Apis.FETCH_CONSUMER_OFFSETS.encodeRequest(filtered, 23))).isEmpty();
  }

  @Test
  void fetchConsumerOffsetsResponse() {
    golden(
        Apis.FETCH_CONSUMER_OFFSETS.response(),
        new FetchConsumerOffsets.Response(
            ErrorCode.NONE,
            List.of(new ConsumerOffset("c", new ReplicaKey("t", 0), 5, 1_700_000_000))),
        25,
        "0000 00000001 000163 000174 00000000 0000000000000005 000000006553f100");
    golden(
        Apis.FETCH_CONSUMER_OFFSETS.response(),
        new FetchConsumerOffsets.Response(ErrorCode.of(ErrorCode.PARTITION_NOT_LEADER), List.of()),
        25,
        "0bb9 00000000");
  }

  @Test
  void offsetErrorsKeepTheirPayload() {
    ErrorCode evicted = ErrorCode.offsetEvicted(3, 10);
    ByteWriter w = new ByteWriter();
    evicted.encode(w);
    assertThat(hex(w)).isEqualTo("0047" + "0000000000000003" + "000000000000000a");
    assertThat(ErrorCode.decode(new ByteReader(w.toByteArray()))).isEqualTo(evicted);
    assertThat(evicted.message()).isEqualTo("Offset 3 is evicted. The next available is 10");
    assertThat(ErrorCode.of(3004).message())
        .isEqualTo("the offset management is disabled for the stream");
    assertThat(ErrorCode.of(3004)).hasToString("OffsetManagementDisabled");
  }

  @Test
  void streamFetchCarriesTheConsumerIdFromVersion23() {
    StreamFetchRequest withId = new StreamFetchRequest("t", 2, 5, 1_048_588, 0, List.of(), "c");
    String head = "000174 00000002 0000000000000005 0010000c 00";
    golden(Apis.STREAM_FETCH.request(), withId, 23, head + "00000000" + "01000163");
    golden(Apis.STREAM_FETCH.request(), withId, 25, head + "00000000" + "01000163");
    golden(
        Apis.STREAM_FETCH.request(),
        new StreamFetchRequest("t", 2, 5, 1_048_588, 0, List.of(), null),
        25,
        head + "00000000" + "00");
    // At 22 the field does not exist: the id is dropped, as a Rust client does against an old SPU.
    assertThat(hex(Apis.STREAM_FETCH.encodeRequest(withId, 22)))
        .isEqualTo((head + "00000000").replace(" ", ""));
  }
}
