package io.tributary.fluvio.protocol;

import static io.tributary.fluvio.protocol.Hex.bytes;
import static io.tributary.fluvio.protocol.Hex.hex;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.protocol.ProduceRequest.PartitionData;
import io.tributary.fluvio.protocol.ProduceRequest.TopicData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference §5.1 produce and stream-fetch vectors, §5.3 derived frames, the oracle's frame. */
class RequestVectorsTest {
  static final byte[] DEADBEEF = bytes("deadbeef");

  private static SmartModuleInvocation adHocFilter(Long lookback, String name) {
    return new SmartModuleInvocation(null, DEADBEEF, 0, null, Map.of(), lookback, name);
  }

  private static String body(int version, java.util.function.BiConsumer<ByteWriter, Integer> enc) {
    ByteWriter w = new ByteWriter();
    enc.accept(w, version);
    return hex(w);
  }

  @Test
  void apiVersionsFrames() {
    ApiVersionsRequest req = new ApiVersionsRequest("0.18.1", "linux", "x86_64");
    byte[] frame =
        Frames.request(new RequestHeader(18, (short) 2, 1, "fluvio"), w -> req.encode(w, 2));
    assertThat(hex(frame))
        .isEqualTo(
            "0000002700120002000000010006666c7576696f0006302e31382e3100"
                + "056c696e757800067838365f3634");
    byte[] official =
        bytes(
            "0000002700120002000000010006666c7576696f0006302e31342e3900056c696e"
                + "757800067838365f3634");
    ByteReader r = new ByteReader(official, 4, official.length - 4);
    RequestHeader h = RequestHeader.decode(r);
    assertThat(h).isEqualTo(new RequestHeader(18, (short) 2, 1, "fluvio"));
    assertThat(ApiVersionsRequest.decode(r, 2))
        .isEqualTo(new ApiVersionsRequest("0.14.9", "linux", "x86_64"));
  }

  @Test
  void produceV7FromTheRepoTestData() {
    RecordBatch batch =
        new RecordBatch(0, 0, 0, -1, -1, null, List.of(new WireRecord(0, 0, null, new byte[0])));
    ProduceRequest req =
        new ProduceRequest(
            "transaction_id",
            (short) -1,
            1000,
            List.of(new TopicData("topic", List.of(new PartitionData(1, batch.encode())))),
            List.of());
    String expected =
        "01000e7472616e73616374696f6e5f6964ffff000003e8000000010005746f706963000000010000"
            + "000100000044000000000000000000000038ffffffff020c48500e000000000000ffffffffffffff"
            + "ffffffffffffffffffffffffffffffffffffffffffffff000000010c000000000000";
    assertThat(body(7, req::encode)).isEqualTo(expected);
    assertThat(bytes(expected)).hasSize(114);
    ProduceRequest back = ProduceRequest.decode(new ByteReader(bytes(expected)), 7);
    assertThat(back.topics().get(0).partitions().get(0).batches()).isEqualTo(batch.encode());
  }

  @Test
  void produceWithAdHocSmartModuleV25AndV24() {
    ProduceRequest v25 =
        new ProduceRequest(
            "t_id", (short) -1, 1000, List.of(), List.of(adHocFilter(null, "adhoc-test")));
    assertThat(body(25, v25::encode))
        .isEqualTo(
            "010004745f6964ffff000003e80000000000000001010000"
                + "0004deadbeef0000000001000a6164686f632d74657374");
    ProduceRequest v24 =
        new ProduceRequest(
            "t_id", (short) -1, 1000, List.of(), List.of(adHocFilter(1L, "adhoc-test")));
    assertThat(body(24, v24::encode))
        .endsWith("deadbeef" + "00" + "0000" + "01" + "0000000000000001" + "00");
    ProduceRequest back = ProduceRequest.decode(new ByteReader(bytes(body(24, v24::encode))), 24);
    assertThat(back.smartModules().get(0).lookbackLast()).isEqualTo(1L);
  }

  @Test
  void derivedFullProduceFrame() {
    byte[] batch = bytes(RecordVectorsTest.HELLO_BATCH);
    ProduceRequest req =
        new ProduceRequest(
            null,
            (short) 1,
            1500,
            List.of(new TopicData("my-topic", List.of(new PartitionData(0, batch)))),
            List.of());
    byte[] frame =
        Frames.request(new RequestHeader(0, (short) 25, 2, "fluvio"), w -> req.encode(w, 25));
    assertThat(hex(frame))
        .isEqualTo(
            "0000007e00000019000000020006666c7576696f000001000005dc00000"
                + "00100086d792d746f70696300000001000000000000004900000000000000000000003dffffffff02af7dd9"
                + "6c0000000000000000018bcfe568000000018bcfe56800ffffffffffffffffffffffffffff000000011600"
                + "0000000a68656c6c6f0000000000");
  }

  @Test
  void streamFetchV18V24V25() {
    StreamFetchRequest v18 =
        new StreamFetchRequest("one", 3, 0, 0, 0, List.of(adHocFilter(null, null)), null);
    String head = "00036f6e6500000003" + "0000000000000000" + "00000000" + "00";
    assertThat(body(18, v18::encode))
        .isEqualTo(head + "000000000000" + "00000001" + "0100000004deadbeef" + "00" + "0000");
    StreamFetchRequest named =
        new StreamFetchRequest("one", 3, 0, 0, 0, List.of(adHocFilter(1L, "test-adhoc")), null);
    String sm =
        "00000001" + "0100000004deadbeef" + "00" + "0000" + "01" + "0000000000000001" + "00";
    assertThat(body(24, named::encode)).isEqualTo(head + sm + "00");
    assertThat(body(25, named::encode)).isEqualTo(head + sm + "01000a746573742d6164686f63" + "00");
    StreamFetchRequest back =
        StreamFetchRequest.decode(new ByteReader(bytes(body(25, named::encode))), 25);
    assertThat(back.smartModules().get(0).name()).isEqualTo("test-adhoc");
    assertThat(back.partition()).isEqualTo(3);
  }

  @Test
  void listPartitionAndSpuFrames() {
    byte[] partitions =
        Frames.request(
            new RequestHeader(1003, (short) 19, 3, "fluvio"),
            w ->
                new ObjectApi.ListRequest("Partition", List.of("my-topic-0"), false, false)
                    .encode(w, 19));
    assertThat(hex(partitions))
        .isEqualTo(
            "0000003103eb0013000000030006666c7576696f00095061727469"
                + "74696f6e0000001200000001000a6d792d746f7069632d300000");
    byte[] spus =
        Frames.request(
            new RequestHeader(1003, (short) 19, 4, "fluvio"),
            w -> ObjectApi.ListRequest.all(ObjectApi.SPU).encode(w, 19));
    assertThat(hex(spus))
        .isEqualTo("0000001f03eb0013000000040006666c7576696f000353505500000006000000000000");
    ObjectApi.ListRequest decoded =
        ObjectApi.ListRequest.decode(new ByteReader(partitions, 20, partitions.length - 20), 19);
    assertThat(decoded.type()).isEqualTo("Partition");
    assertThat(decoded.nameFilters()).containsExactly("my-topic-0");
  }

  @Test
  void computedReplicaSpecGolden() {
    TopicMetadata.ReplicaSpec spec =
        new TopicMetadata.ReplicaSpec(TopicMetadata.COMPUTED, 2, 3, true, List.of(), null);
    ByteWriter w = new ByteWriter();
    spec.encode(w, 19);
    assertThat(hex(w)).isEqualTo("01000000020000000301");
  }

  @Test
  void keyPartitioningVectors() {
    assertThat(SipHash24.hashKey(new byte[0])).isEqualTo(0xe849e8bb6ffe2567L);
    assertThat(SipHash24.hashKey("k".getBytes(UTF_8))).isEqualTo(0x9178e6d5b39eb48aL);
    assertThat(SipHash24.hashKey("key".getBytes(UTF_8))).isEqualTo(0x1bf94d5174027fcaL);
    assertThat(SipHash24.hashKey("hello".getBytes(UTF_8))).isEqualTo(0xd17f96bd0852ce12L);
    assertThat(SipHash24.hashKey("user-42".getBytes(UTF_8))).isEqualTo(0xf6e2dfff2b9c3615L);
    assertThat(SipHash24.partition("k".getBytes(UTF_8), 3)).isEqualTo(1);
    assertThat(SipHash24.partition("user-42".getBytes(UTF_8), 3)).isEqualTo(0);
  }
}
