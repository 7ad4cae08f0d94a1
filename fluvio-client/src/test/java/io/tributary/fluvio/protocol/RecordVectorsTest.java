package io.tributary.fluvio.protocol;

import static io.tributary.fluvio.protocol.Hex.bytes;
import static io.tributary.fluvio.protocol.Hex.hex;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference §5.1 "Records" and "Batches", §5.3 derived batches. */
class RecordVectorsTest {
  static final long T = 1700000000000L;
  static final String HELLO_BATCH =
      "00000000000000000000003dffffffff02af7dd96c0000000000000000"
          + "018bcfe568000000018bcfe56800ffffffffffffffffffffffffffff0000000116000000000a68656c6c6f00";
  static final String HELLO_KEY_K_BATCH =
      "0000000000000000000000"
          + "3f"
          + "ffffffff0281bed24d0000000000000000018bcfe568000000018bcfe56800ffffffffffffffffffffffffffff"
          + "000000011a00000001026b0a68656c6c6f00";

  private static byte[] encode(WireRecord r) {
    ByteWriter w = new ByteWriter();
    r.encode(w);
    return w.toByteArray();
  }

  @Test
  void dogRecordWithOffsetDeltaOne() {
    WireRecord dog = new WireRecord(0, 1, null, "dog".getBytes(UTF_8));
    assertThat(hex(encode(dog))).isEqualTo("120000020006646f6700");
    assertThat(WireRecord.decode(new ByteReader(bytes("120000020006646f6700")))).isEqualTo(dog);
  }

  @Test
  void oldRecordWithEmptyKeyDecodes() {
    WireRecord r = WireRecord.decode(new ByteReader(bytes("2000000000145656565656565656565600")));
    assertThat(r.key()).isNull();
    assertThat(new String(r.value(), UTF_8)).isEqualTo("VVVVVVVVVV");
    assertThat(hex(encode(r))).isEqualTo("2000000000145656565656565656565600");
  }

  @Test
  void batchTestRecordCrc() {
    RecordBatch b =
        new RecordBatch(
            0,
            0,
            -1,
            1555478494747L,
            1555478494747L,
            null,
            List.of(new WireRecord(0, 0, null, "test".getBytes(UTF_8))));
    assertThat(hex(b.encode()))
        .isEqualTo(
            "00000000000000000000003cffffffff02554a89680000ffffffff"
                + "0000016a29be3e1b0000016a29be3e1bffffffffffffffffffffffffffff00000001140000000008746573"
                + "7400");
  }

  @Test
  void batchWithSchemaIdCrc() {
    RecordBatch b =
        new RecordBatch(
            0,
            0x10,
            -1,
            1555478494747L,
            1555478494747L,
            42L,
            List.of(new WireRecord(0, 0, null, "test".getBytes(UTF_8))));
    byte[] enc = b.encode();
    assertThat(hex(enc))
        .isEqualTo(
            "000000000000000000000040ffffffff02af7307850010ffffffff0000016a"
                + "29be3e1b0000016a29be3e1bffffffffffffffffffffffffffff0000002a0000000114000000000874657374"
                + "00");
    assertThat(RecordBatch.decode(new ByteReader(enc)).schemaId()).isEqualTo(42L);
  }

  @Test
  void helloBatchesWithAndWithoutKey() {
    RecordBatch noKey =
        RecordBatch.of(
            List.of(new WireRecord(0, 0, null, "hello".getBytes(UTF_8))), T, T, Compression.NONE);
    assertThat(hex(noKey.encode())).isEqualTo(HELLO_BATCH);
    RecordBatch keyed =
        RecordBatch.of(
            List.of(new WireRecord(0, 0, "k".getBytes(UTF_8), "hello".getBytes(UTF_8))),
            T,
            T,
            Compression.NONE);
    assertThat(hex(keyed.encode())).isEqualTo(HELLO_KEY_K_BATCH);
    RecordBatch decoded = RecordBatch.decode(new ByteReader(bytes(HELLO_KEY_K_BATCH)));
    assertThat(decoded).isEqualTo(keyed);
    assertThat(RawBatches.recordCount(bytes(HELLO_KEY_K_BATCH))).isEqualTo(1);
  }

  @Test
  void corruptedBatchFailsItsCrc() {
    byte[] b = bytes(HELLO_BATCH);
    b[b.length - 2] ^= 1;
    assertThatThrownBy(() -> RecordBatch.decode(new ByteReader(b)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("CRC-32C");
  }

  @Test
  void forEachRecordReadsWhatDecodeAllReadsWithOffsetsAndTimestamps() {
    List<WireRecord> plain =
        List.of(
            new WireRecord(0, 0, "k".getBytes(UTF_8), "a".getBytes(UTF_8)),
            new WireRecord(7, 1, null, "bb".getBytes(UTF_8)));
    List<WireRecord> zipped = List.of(new WireRecord(2, 0, null, new byte[300]));
    byte[] first = new RecordBatch(40, 0, 1, T, T + 7, null, plain).encode();
    byte[] second = new RecordBatch(42, 1, 0, T + 9, T + 11, null, zipped).encode();
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    List<String> seen = new java.util.ArrayList<>();
    long next =
        RecordBatch.forEachRecord(
            both,
            (offset, timestamp, key, value) ->
                seen.add(
                    offset
                        + "@"
                        + (timestamp - T)
                        + " "
                        + (key == null ? "-" : new String(key, UTF_8))
                        + " "
                        + value.length));
    assertThat(seen).containsExactly("40@0 k 1", "41@7 - 2", "42@11 - 300");
    assertThat(next).isEqualTo(43);
    List<String> decoded = new java.util.ArrayList<>();
    for (RecordBatch b : RecordBatch.decodeAll(both)) {
      for (WireRecord w : b.records()) {
        decoded.add(
            (b.baseOffset() + w.offsetDelta())
                + "@"
                + (b.firstTimestamp() + w.timestampDelta() - T)
                + " "
                + (w.key() == null ? "-" : new String(w.key(), UTF_8))
                + " "
                + w.value().length);
      }
    }
    assertThat(decoded).isEqualTo(seen);
    // The same batches read in place inside a larger array (a response frame), and counted.
    byte[] framed = new byte[5 + both.length + 3];
    System.arraycopy(both, 0, framed, 5, both.length);
    List<Long> offsets = new java.util.ArrayList<>();
    assertThat(
            RecordBatch.forEachRecord(
                framed, 5, both.length, (offset, timestamp, key, value) -> offsets.add(offset)))
        .isEqualTo(43);
    assertThat(offsets).containsExactly(40L, 41L, 42L);
    assertThat(RecordBatch.countHint(framed, 5, both.length)).isEqualTo(3);
    assertThat(RecordBatch.countHint(framed, 5, first.length)).isEqualTo(2);
    assertThat(RecordBatch.countHint(framed, 5, first.length - 1)).as("a cut batch").isEqualTo(2);
    assertThat(RecordBatch.countHint(framed, 5, 20)).as("no whole header").isZero();
    assertThat(RecordBatch.forEachRecord(new byte[0], (o, t, k, v) -> {})).isEqualTo(-1);
    both[first.length - 2] ^= 1;
    assertThatThrownBy(() -> RecordBatch.forEachRecord(both, (o, t, k, v) -> {}))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("CRC-32C mismatch at base offset 40");
  }

  @Test
  void gzipBatchPutsTheRecordCountInsideTheCompressedBlock() {
    List<WireRecord> recs =
        List.of(
            new WireRecord(0, 0, "a".getBytes(UTF_8), new byte[300]),
            new WireRecord(3, 1, null, new byte[300]));
    byte[] enc = RecordBatch.of(recs, T, T + 3, Compression.GZIP).encode();
    assertThat(enc.length).isLessThan(200);
    assertThat(RawBatches.attributes(enc)).isEqualTo(1);
    ByteReader body =
        new ByteReader(
            Compression.GZIP.decompress(java.util.Arrays.copyOfRange(enc, 57, enc.length)));
    assertThat(body.i32()).isEqualTo(2);
    RecordBatch back = RecordBatch.decode(new ByteReader(enc));
    assertThat(back.records()).isEqualTo(recs);
    assertThat(back.lastOffsetDelta()).isEqualTo(1);
  }

  @Test
  void rawBatchesSplitAndRebase() {
    byte[] two = bytes(HELLO_BATCH + HELLO_KEY_K_BATCH);
    List<byte[]> split = RawBatches.split(two);
    assertThat(split).hasSize(2);
    byte[] rebased = RawBatches.withBaseOffset(split.get(1), 41);
    RecordBatch b = RecordBatch.decode(new ByteReader(rebased));
    assertThat(b.baseOffset()).isEqualTo(41);
    assertThat(b.nextOffset()).isEqualTo(42);
  }
}
