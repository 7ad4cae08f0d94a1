package io.tributary.fluvio.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.protocol.MetadataParts.Deduplication;
import io.tributary.fluvio.protocol.MetadataParts.PartitionMirror;
import io.tributary.fluvio.protocol.MetadataParts.StorageConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every metadata field survives a round trip, and version gates drop the newer ones. */
class MetadataCodecTest {
  static final PartitionMirror REMOTE =
      new PartitionMirror(false, "home", "spu-key", 7, "h:9010", true);
  static final PartitionMirror HOME = new PartitionMirror(true, "remote", "t-0", 0, "", false);

  static <T> T roundTrip(ObjectApi.Kind<T> kind, T item, int version) {
    ByteWriter w = new ByteWriter();
    new ObjectApi.ListResponse<>(kind, List.of(item)).encode(w, version);
    ByteReader r = new ByteReader(w.toByteArray());
    List<T> back = ObjectApi.ListResponse.decode(r, version).items(kind);
    assertThat(r.remaining()).isZero();
    return back.get(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {15, 18, 19})
  void smartModule(int version) {
    SmartModuleMetadata.Package pkg =
        new SmartModuleMetadata.Package(
            "jolt",
            "infinyon",
            "0.4.1",
            "0.1.0",
            "JSON to JSON",
            "Apache-2.0",
            version >= 19 ? 1 : 0,
            null,
            List.of(new SmartModuleMetadata.Param("spec", "the transformation", false)));
    SmartModuleMetadata m =
        new SmartModuleMetadata(
            "jolt-infinyon-0.4.1", pkg, null, 0, new byte[] {0x1f, (byte) 0x8b, 8});
    SmartModuleMetadata back = roundTrip(ObjectApi.SMART_MODULE, m, version);
    assertThat(back.pkg()).isEqualTo(pkg);
    assertThat(back.payload()).containsExactly(0x1f, 0x8b, 8);
    assertThat(back.qualifiedName()).isEqualTo("infinyon/jolt@0.4.1");
    SmartModuleMetadata summary =
        roundTrip(
            ObjectApi.SMART_MODULE,
            new SmartModuleMetadata("bare", null, 3L, 0, new byte[0]),
            version);
    assertThat(summary.wasmLength()).isEqualTo(3L);
    assertThat(summary.qualifiedName()).isEqualTo("bare");
    assertThat(SmartModuleMetadata.storeId("jolt", "infinyon", "0.4.1"))
        .isEqualTo("jolt-infinyon-0.4.1");
    assertThat(SmartModuleMetadata.compareVersions("0.10.0", "0.9.1")).isPositive();
  }

  @ParameterizedTest
  @ValueSource(ints = {15, 16, 19})
  void spu(int version) {
    SpuMetadata spu =
        new SpuMetadata(
            "custom-spu-5001",
            5001,
            true,
            new SpuMetadata.IngressPort(
                9010,
                List.of(
                    new SpuMetadata.IngressAddr("spu.local", null),
                    new SpuMetadata.IngressAddr(null, "10.0.0.1")),
                true),
            new SpuMetadata.Endpoint(9011, "10.0.0.1", false),
            "rack-a",
            new SpuMetadata.Endpoint(9010, "localhost", false),
            0);
    SpuMetadata back = roundTrip(ObjectApi.SPU, spu, version);
    assertThat(back).isEqualTo(spu);
    assertThat(back.address(false)).isEqualTo("spu.local:9010");
    assertThat(back.address(true)).isEqualTo("localhost:9010");
  }

  @ParameterizedTest
  @ValueSource(ints = {15, 16, 18, 19})
  void partition(int version) {
    PartitionMetadata p =
        new PartitionMetadata(
            "my-topic-12",
            new PartitionMetadata.Spec(
                5001,
                List.of(5001, 5002),
                3600L,
                new StorageConfig(1000L, null),
                1,
                new Deduplication(100, 60L, 5, "dedup-filter", Map.of("b", "2", "a", "1")),
                true,
                REMOTE),
            new PartitionMetadata.Status(
                1,
                new PartitionMetadata.ReplicaStatus(5001, 10, 11),
                2,
                List.of(new PartitionMetadata.ReplicaStatus(5002, 9, 9)),
                4096,
                false,
                3));
    PartitionMetadata back = roundTrip(ObjectApi.PARTITION, p, version);
    assertThat(back.topic()).isEqualTo("my-topic");
    assertThat(back.partition()).isEqualTo(12);
    assertThat(back.status().size()).isEqualTo(4096);
    assertThat(back.status().replicas()).isEqualTo(p.status().replicas());
    assertThat(back.status().baseOffset()).isEqualTo(version >= 16 ? 3 : 0);
    assertThat(back.spec().deduplication()).isEqualTo(p.spec().deduplication());
    assertThat(back.spec().mirror().flag()).isEqualTo(version >= 18);
    assertThat(back.spec().mirror().homeSpuEndpoint()).isEqualTo("h:9010");
  }

  @ParameterizedTest
  @ValueSource(ints = {15, 16, 19})
  void topics(int version) {
    TopicMetadata computed =
        new TopicMetadata(
            "events",
            TopicMetadata.Spec.computed(3, 1),
            new TopicMetadata.Status(
                4,
                Map.of(0, List.of(5001), 1, List.of(5001), 2, List.of(5001)),
                Map.of(1, HOME),
                ""));
    assertThat(roundTrip(ObjectApi.TOPIC, computed, version)).isEqualTo(computed);
    TopicMetadata assigned =
        new TopicMetadata(
            "assigned",
            new TopicMetadata.Spec(
                new TopicMetadata.ReplicaSpec(
                    TopicMetadata.ASSIGNED,
                    0,
                    0,
                    false,
                    List.of(new TopicMetadata.PartitionMap(0, List.of(1, 2), REMOTE)),
                    null),
                60L,
                null,
                4,
                null,
                false),
            new TopicMetadata.Status(1, Map.of(), Map.of(), "pending"));
    TopicMetadata back = roundTrip(ObjectApi.TOPIC, assigned, version);
    assertThat(back.spec().replicas().partitionCount()).isEqualTo(1);
    assertThat(back.status().reason()).isEqualTo("pending");
    TopicMetadata mirror =
        new TopicMetadata(
            "mirrored",
            new TopicMetadata.Spec(
                new TopicMetadata.ReplicaSpec(
                    TopicMetadata.MIRROR,
                    0,
                    0,
                    false,
                    List.of(),
                    new TopicMetadata.MirrorConfig(
                        false,
                        "home",
                        List.of(new TopicMetadata.SpuMirror(1, "k", "e:1")),
                        List.of(),
                        false)),
                null,
                null,
                4,
                null,
                false),
            new TopicMetadata.Status(4, Map.of(), Map.of(), ""));
    assertThat(roundTrip(ObjectApi.TOPIC, mirror, version).spec().replicas().partitionCount())
        .isEqualTo(1);
  }
}
