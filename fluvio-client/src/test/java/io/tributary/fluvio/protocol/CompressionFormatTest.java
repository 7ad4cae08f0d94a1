package io.tributary.fluvio.protocol;

import static io.tributary.fluvio.protocol.Hex.bytes;
import static io.tributary.fluvio.protocol.Hex.hex;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The framing each codec writes and the frames its decoder accepts or rejects. */
class CompressionFormatTest {
  private static final byte[] ABC = "abc".getBytes(UTF_8);

  @Test
  void xxh32MatchesTheReferenceVectors() {
    // Values from the lz4 command-line tool's content checksums of the same inputs.
    assertThat(xxh32("")).isEqualTo(0x02CC5D05);
    assertThat(xxh32("a")).isEqualTo(0x550D7456);
    assertThat(xxh32("abc")).isEqualTo(0x32D153FF);
    assertThat(xxh32("Nobody inspects the spammish repetition")).isEqualTo(0xE2293B2F);
  }

  @Test
  void lz4FrameIsWhatLz4FlexWritesByDefault() {
    // magic, FLG 0x60 (version 1, independent blocks, no checksums, no size), BD 64 KiB, HC;
    // "abc" does not shrink, so it is stored (high bit of the size); then the end mark.
    assertThat(hex(Compression.LZ4.compress(ABC)))
        .isEqualTo("04224d18" + "60" + "40" + "82" + "03000080" + "616263" + "00000000");
  }

  @ParameterizedTest
  @CsvSource({"0, 40", "65536, 40", "65537, 50", "262144, 50", "262145, 70", "1048576, 70"})
  void lz4BlockSizeFollowsTheInputLengthAsLz4FlexPicksIt(int size, String bd) {
    byte[] data = Payloads.of(Payloads.Kind.JSON, size, 1);
    byte[] frame = Compression.LZ4.compress(data);
    assertThat(hex(Arrays.copyOfRange(frame, 5, 6))).isEqualTo(bd);
    assertThat(Compression.LZ4.decompress(frame)).isEqualTo(data);
  }

  @Test
  void lz4DecoderVerifiesBlockAndContentChecksumsAndContentSize() {
    byte[] frame = lz4Frame(0x40 | 0x20 | 0x10 | 0x08 | 0x04, ABC.length, ABC);
    assertThat(Compression.LZ4.decompress(frame)).isEqualTo(ABC);

    byte[] badContent = frame.clone();
    badContent[badContent.length - 1] ^= 1;
    assertThatThrownBy(() -> Compression.LZ4.decompress(badContent))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("content checksum");

    byte[] badBlock = frame.clone();
    badBlock[frame.length - 13] ^= 1; // the block's last data byte, under its checksum
    assertThatThrownBy(() -> Compression.LZ4.decompress(badBlock))
        .hasMessageContaining("block checksum");

    byte[] wrongSize = lz4Frame(0x40 | 0x20 | 0x08, 4, ABC);
    assertThatThrownBy(() -> Compression.LZ4.decompress(wrongSize))
        .hasMessageContaining("declares 4 bytes but holds 3");
  }

  @Test
  void lz4DecoderReadsFramesInARowAndSkipsSkippableFrames() {
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    s.writeBytes(Compression.LZ4.compress(ABC));
    s.writeBytes(bytes("512a4d18 03000000 ffffff")); // skippable frame of 3 bytes
    s.writeBytes(Compression.LZ4.compress("def".getBytes(UTF_8)));
    assertThat(new String(Compression.LZ4.decompress(s.toByteArray()), UTF_8)).isEqualTo("abcdef");
  }

  @Test
  void lz4DecoderRejectsWhatItCannotReadCorrectly() {
    assertThatThrownBy(() -> Compression.LZ4.decompress(lz4Frame(0x40, -1, ABC)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("linked blocks");
    byte[] badHeader = Compression.LZ4.compress(ABC);
    badHeader[6] ^= 1;
    assertThatThrownBy(() -> Compression.LZ4.decompress(badHeader))
        .hasMessageContaining("header checksum");
    byte[] truncated = Arrays.copyOf(Compression.LZ4.compress(ABC), 12);
    assertThatThrownBy(() -> Compression.LZ4.decompress(truncated))
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> Compression.LZ4.decompress(bytes("28b52ffd00")))
        .hasMessageContaining("not an LZ4 frame");
  }

  @Test
  void snappyStreamStartsWithTheIdentifierAndChecksumsEveryChunk() {
    byte[] data = Payloads.of(Payloads.Kind.JSON, 200_000, 2);
    byte[] stream = Compression.SNAPPY.compress(data);
    assertThat(hex(Arrays.copyOf(stream, 11))).isEqualTo("ff060000734e61507059" + "00");
    // Four chunks of at most 64 KiB of data: the last one holds 200000 - 3 * 65536 bytes.
    assertThat(Compression.SNAPPY.decompress(stream)).isEqualTo(data);

    byte[] stored = Compression.SNAPPY.compress(ABC); // "abc" does not shrink: stored
    assertThat(hex(stored)).startsWith("ff060000734e61507059" + "01070000").endsWith("616263");
    byte[] badCrc = stored.clone();
    badCrc[14] ^= 1;
    assertThatThrownBy(() -> Compression.SNAPPY.decompress(badCrc))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("checksum");
  }

  @Test
  void snappyDecoderSkipsPaddingAndRejectsReservedUnskippableChunks() {
    byte[] stored = Compression.SNAPPY.compress(ABC);
    byte[] padded = concat(stored, bytes("fe020000 0000"), bytes("80010000 00"));
    assertThat(Compression.SNAPPY.decompress(padded)).isEqualTo(ABC);
    assertThatThrownBy(() -> Compression.SNAPPY.decompress(concat(stored, bytes("02010000 00"))))
        .hasMessageContaining("unskippable");
    assertThatThrownBy(
            () -> Compression.SNAPPY.decompress(Arrays.copyOfRange(stored, 10, stored.length)))
        .hasMessageContaining("stream identifier");
  }

  @Test
  void zstdAndGzipWriteTheirStandardHeaders() {
    assertThat(hex(Arrays.copyOf(Compression.ZSTD.compress(ABC), 4))).isEqualTo("28b52ffd");
    assertThat(hex(Arrays.copyOf(Compression.GZIP.compress(ABC), 3))).isEqualTo("1f8b08");
  }

  @ParameterizedTest
  @CsvSource({"GZIP", "SNAPPY", "LZ4", "ZSTD"})
  void corruptOrTruncatedDataFailsNamingTheCodec(Compression codec) {
    byte[] data = Payloads.of(Payloads.Kind.JSON, 5000, 3);
    byte[] encoded = codec.compress(data);
    byte[] truncated = Arrays.copyOf(encoded, encoded.length / 2);
    assertThatThrownBy(() -> codec.decompress(truncated))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("corrupt " + codec.label() + " data: ");
    byte[] garbage = Payloads.of(Payloads.Kind.RANDOM, 300, 4);
    assertThatThrownBy(() -> codec.decompress(garbage))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("corrupt " + codec.label() + " data: ");
  }

  @Test
  void aBatchWithAValidCrcButCorruptPayloadNamesItsOffset() {
    byte[] batch =
        RecordBatch.of(List.of(new WireRecord(0, 0, null, ABC)), 1L, 1L, Compression.ZSTD).encode();
    byte[] corrupt = RawBatches.withPayload(batch, Payloads.of(Payloads.Kind.RANDOM, 40, 5));
    byte[] rebased = RawBatches.withBaseOffset(corrupt, 7);
    assertThatThrownBy(() -> RecordBatch.decode(new ByteReader(rebased)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("batch at offset 7: corrupt zstd data: ");
  }

  @Test
  void codecNamesAreFluviosAndUnknownOnesListTheFive() {
    assertThat(Compression.parse("ZSTD")).isEqualTo(Compression.ZSTD);
    assertThat(Compression.parse("lz4").label()).isEqualTo("lz4");
    assertThatThrownBy(() -> Compression.parse("brotli"))
        .hasMessage("expected one of none, gzip, snappy, lz4, zstd, got 'brotli'");
  }

  @Test
  void topicCompressionTagsDifferFromBatchIdsAndAcceptAsTheSpuDoes() {
    assertThat(TopicCompression.fromTag(4)).isEqualTo(TopicCompression.ANY);
    assertThat(TopicCompression.fromTag(5)).isEqualTo(TopicCompression.ZSTD);
    assertThat(TopicCompression.ZSTD.codec().id()).isEqualTo(4);
    assertThat(TopicCompression.ANY.accepts(Compression.SNAPPY)).isTrue();
    assertThat(TopicCompression.NONE.accepts(Compression.NONE)).isTrue();
    assertThat(TopicCompression.NONE.accepts(Compression.GZIP)).isFalse();
    assertThat(TopicCompression.LZ4.accepts(Compression.ZSTD)).isFalse();
    assertThatThrownBy(() -> TopicCompression.fromTag(6)).isInstanceOf(ProtocolException.class);
  }

  /** A hand-built LZ4 frame holding {@code data} in one stored block. */
  private static byte[] lz4Frame(int flg, long contentSize, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes("04224d18"));
    ByteArrayOutputStream descriptor = new ByteArrayOutputStream();
    descriptor.write(flg);
    descriptor.write(0x40);
    if ((flg & 0x08) != 0) {
      for (int i = 0; i < 8; i++) {
        descriptor.write((int) (contentSize >>> (8 * i)));
      }
    }
    byte[] d = descriptor.toByteArray();
    out.writeBytes(d);
    out.write((XxHash32.hash(d, 0, d.length, 0) >>> 8) & 0xff);
    writeIntLe(out, data.length | 0x80000000);
    out.writeBytes(data);
    if ((flg & 0x10) != 0) {
      writeIntLe(out, XxHash32.hash(data, 0, data.length, 0));
    }
    writeIntLe(out, 0);
    if ((flg & 0x04) != 0) {
      writeIntLe(out, XxHash32.hash(data, 0, data.length, 0));
    }
    return out.toByteArray();
  }

  private static void writeIntLe(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static int xxh32(String s) {
    byte[] b = s.getBytes(UTF_8);
    return XxHash32.hash(b, 0, b.length, 0);
  }
}
