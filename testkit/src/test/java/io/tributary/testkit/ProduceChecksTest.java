package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.ProduceResponse;
import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.WireRecord;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The test SPU checks every produced batch more strictly than Fluvio's SPU (CRC-32C, codec framing,
 * each record's layout, record count against last_offset_delta) and stores nothing of a request
 * with one bad batch.
 */
class ProduceChecksTest {
  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  private static final int HEADER = RecordBatch.PREFIX + RecordBatch.HEADER_SIZE;

  private static byte[] batch(Compression codec, String... values) {
    List<WireRecord> records =
        Arrays.stream(values).map(v -> new WireRecord(0, 0, null, v.getBytes(UTF_8))).toList();
    return RecordBatch.of(records, 1L, 1L, codec).encode();
  }

  private static byte[] concat(byte[]... batches) {
    ByteWriter w = new ByteWriter();
    for (byte[] b : batches) {
      w.raw(b);
    }
    return w.toByteArray();
  }

  private static ProduceResponse.PartitionResponse produce(String topic, byte[] batches) {
    return RawProduce.send(fluvio, topic, 0, batches);
  }

  /** Produces {@code batches}, expects them refused with a message containing {@code text}. */
  private static void refused(String topic, byte[] batches, String text) {
    fluvio.cluster().createTopic(topic, 1);
    ErrorCode error = produce(topic, batches).error();
    assertThat(error.code()).isEqualTo(ErrorCode.OTHER);
    assertThat(error.detail()).startsWith("invalid record batch: ").contains(text);
    assertThat(fluvio.cluster().records(topic, 0)).isEmpty();
    // the partition takes a good batch afterwards, at offset 0
    assertThat(produce(topic, batch(Compression.NONE, "ok")).baseOffset()).isZero();
    assertThat(fluvio.cluster().records(topic, 0)).hasSize(1);
  }

  @Test
  void goodBatchesAreStoredWithConsecutiveBaseOffsets() {
    fluvio.cluster().createTopic("good", 1);
    byte[] two = concat(batch(Compression.NONE, "a", "b"), batch(Compression.GZIP, "c", "d", "e"));
    assertThat(produce("good", two).baseOffset()).isZero();
    assertThat(produce("good", batch(Compression.LZ4, "f")).baseOffset()).isEqualTo(5);
    assertThat(fluvio.cluster().records("good", 0))
        .extracting(r -> new String(r.value(), UTF_8))
        .containsExactly("a", "b", "c", "d", "e", "f");
  }

  @Test
  void aBatchWhoseCrcDoesNotMatchIsRefused() {
    byte[] b = batch(Compression.NONE, "value");
    b[b.length - 3] ^= 1; // a byte of the value
    refused("crc", b, "CRC-32C mismatch");
  }

  @Test
  void aBatchWhoseRecordCountDiffersFromItsLastOffsetDeltaIsRefused() {
    byte[] b =
        new RecordBatch(
                0, 0, 4, 1, 1, null, List.of(new WireRecord(0, 0, null, "v".getBytes(UTF_8))))
            .encode();
    refused("count", b, "last_offset_delta 4 does not match 1 records");
  }

  @Test
  void aRecordWhoseLengthDoesNotMatchItsContentIsRefusedUnderAValidCrc() {
    byte[] b = batch(Compression.NONE, "v");
    byte[] payload = Arrays.copyOfRange(b, HEADER, b.length);
    payload[4] += 2; // the record's length varint: one more byte than it holds
    refused("length", RawBatches.withPayload(b, payload), "record length");
  }

  @Test
  void aRecordWithHeadersIsRefusedUnderAValidCrc() {
    byte[] b = batch(Compression.NONE, "v");
    byte[] payload = Arrays.copyOfRange(b, HEADER, b.length);
    payload[payload.length - 1] = 2; // header count 1
    refused("headers", RawBatches.withPayload(b, payload), "record headers");
  }

  @Test
  void moreRecordsAnnouncedThanTheBatchHoldsIsRefused() {
    byte[] b = batch(Compression.NONE, "v");
    byte[] payload = Arrays.copyOfRange(b, HEADER, b.length);
    payload[3] = 2; // the u32 record count
    refused("announced", RawBatches.withPayload(b, payload), "truncated input");
  }

  @Test
  void aCorruptCompressedPayloadIsRefusedUnderAValidCrc() {
    byte[] b = batch(Compression.GZIP, "v");
    refused(
        "corrupt-gzip",
        RawBatches.withPayload(b, "not gzip".getBytes(UTF_8)),
        "batch at offset 0:");
  }

  @Test
  void aTruncatedBatchIsRefused() {
    byte[] b = batch(Compression.NONE, "value");
    refused("truncated", Arrays.copyOf(b, b.length - 1), "truncated input");
    refused("short-header", Arrays.copyOf(b, 30), "truncated batch header");
  }

  @Test
  void oneBadBatchRefusesTheWholeRequest() {
    byte[] bad = batch(Compression.NONE, "x");
    bad[bad.length - 2] ^= 1;
    refused("atomic", concat(batch(Compression.NONE, "a", "b"), bad), "CRC-32C mismatch");
  }
}
