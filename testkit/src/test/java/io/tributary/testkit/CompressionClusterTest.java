package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.fluvio.protocol.WireRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Batches of every codec through the test cluster; topics that require one codec. */
class CompressionClusterTest {
  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  private static FluvioClient client() {
    return FluvioClient.connect(ClusterConfig.ofEndpoint(fluvio.endpoint()));
  }

  private static void produce(
      FluvioClient client, String topic, Compression codec, List<String> values) {
    try (FluvioProducer p =
        client.producer(topic, ProducerConfig.defaults().withCompression(codec))) {
      values.forEach(v -> p.send(null, v.getBytes(UTF_8)));
      p.flush();
    }
  }

  @Test
  void batchesOfEveryCodecAreStoredAsProducedAndConsumedInOrder() {
    TestCluster cluster = fluvio.cluster().createTopic("mixed-codecs", 1);
    List<String> expected = new ArrayList<>();
    try (FluvioClient client = client()) {
      for (Compression codec : Compression.values()) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          values.add(codec.label() + "-" + i + "-" + "x".repeat(i * 700));
        }
        produce(client, "mixed-codecs", codec, values);
        expected.addAll(values);
      }
      assertThat(cluster.batchCodecs("mixed-codecs", 0)).containsExactly(Compression.values());
      try (FluvioConsumer c = client.consumer("mixed-codecs", 0, Offset.beginning())) {
        List<ConsumedRecord> got = FluvioClientTest.drain(c, expected.size());
        assertThat(got).extracting(ConsumedRecord::valueString).containsExactlyElementsOf(expected);
        assertThat(got)
            .extracting(ConsumedRecord::offset)
            .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
      }
    }
    assertThat(cluster.records("mixed-codecs"))
        .extracting(ConsumedRecord::valueString)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aProducerWithoutCompressionWritesTheTopicsCodecAndAnotherCodecIsRefused() {
    TestCluster cluster = fluvio.cluster().createTopic("zstd-only", 1, TopicCompression.ZSTD);
    try (FluvioClient client = client()) {
      try (FluvioProducer p = client.producer("zstd-only")) {
        assertThat(p.compression()).isEqualTo(Compression.ZSTD);
        p.send(null, "a".getBytes(UTF_8));
        p.flush();
      }
      assertThatThrownBy(
              () ->
                  client.producer(
                      "zstd-only", ProducerConfig.defaults().withCompression(Compression.GZIP)))
          .isInstanceOf(FluvioConfigException.class)
          .hasMessageContaining(
              "producer compression gzip does not match the compression of " + "topic 'zstd-only'")
          .hasMessageContaining("(zstd)");
    }
    assertThat(cluster.batchCodecs("zstd-only", 0)).containsExactly(Compression.ZSTD);
  }

  @Test
  void theSpuRejectsABatchWhoseCodecTheTopicDoesNotTakeAndStoresNothing() {
    TestCluster cluster =
        fluvio
            .cluster()
            .createTopic("lz4-only", 1, TopicCompression.LZ4)
            .createTopic("none-only", 1, TopicCompression.NONE);
    assertThat(produceRaw("lz4-only", Compression.GZIP).code())
        .isEqualTo(ErrorCode.COMPRESSION_ERROR);
    assertThat(produceRaw("lz4-only", Compression.LZ4).isOk()).isTrue();
    assertThat(produceRaw("none-only", Compression.SNAPPY).code())
        .isEqualTo(ErrorCode.COMPRESSION_ERROR);
    assertThat(produceRaw("none-only", Compression.NONE).isOk()).isTrue();
    assertThat(cluster.batchCodecs("lz4-only", 0)).containsExactly(Compression.LZ4);
    assertThat(cluster.batchCodecs("none-only", 0)).containsExactly(Compression.NONE);
  }

  @Test
  void aTopicsCompressionIsInItsMetadata() {
    fluvio.cluster().createTopic("snappy-meta", 2, TopicCompression.SNAPPY);
    try (FluvioClient client = client()) {
      // The producer reads the setting from the partitions' metadata, as the SC copies it.
      try (FluvioProducer p = client.producer("snappy-meta")) {
        assertThat(p.compression()).isEqualTo(Compression.SNAPPY);
      }
    }
  }

  @Test
  void aCorruptCompressedBatchFailsTheConsumerNamingTopicPartitionAndOffset() {
    TestCluster cluster = fluvio.cluster().createTopic("corrupt-zstd", 1);
    cluster.append("corrupt-zstd", 0, null, "fine".getBytes(UTF_8));
    byte[] batch =
        RecordBatch.of(
                List.of(new WireRecord(0, 0, null, "lost".getBytes(UTF_8))),
                1L,
                1L,
                Compression.ZSTD)
            .encode();
    cluster.appendBatch(
        "corrupt-zstd", 0, RawBatches.withPayload(batch, "not zstd at all".getBytes(UTF_8)));
    try (FluvioClient client = client();
        FluvioConsumer c = client.consumer("corrupt-zstd", 0, Offset.beginning())) {
      assertThatThrownBy(() -> FluvioClientTest.drain(c, 2))
          .isInstanceOf(FluvioException.class)
          .hasMessageContaining("topic 'corrupt-zstd' partition 0")
          .hasMessageContaining("batch at offset 1: corrupt zstd data");
    }
  }

  private static ErrorCode produceRaw(String topic, Compression codec) {
    byte[] batch =
        RecordBatch.of(List.of(new WireRecord(0, 0, null, "v".getBytes(UTF_8))), 1L, 1L, codec)
            .encode();
    return RawProduce.send(fluvio, topic, 0, batch).error();
  }
}
