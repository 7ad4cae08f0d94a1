package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.fluvio.protocol.WireRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partition log's storage in chunks: offsets, reads across chunks, eviction. */
class PartitionLogTest {
  /** A producer batch of {@code records} records of {@code size} bytes, value byte {@code tag}. */
  private static byte[] batch(int records, int size, int tag) {
    List<WireRecord> list = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      byte[] value = new byte[size];
      Arrays.fill(value, (byte) tag);
      list.add(new WireRecord(0, i, null, value));
    }
    return RecordBatch.of(list, 1, 1, Compression.NONE).encode();
  }

  private static long base(byte[] stored) {
    return new ByteReader(stored).i64();
  }

  @Test
  void batchesKeepTheirBytesAndGetConsecutiveBaseOffsetsAcrossChunks() {
    PartitionLog log = new PartitionLog(TopicCompression.ANY);
    List<byte[]> produced = new ArrayList<>();
    long expectedBase = 0;
    // 40 KiB batches: the first chunks (64 KiB, then 128 KiB...) fill up and new ones follow
    for (int i = 0; i < 60; i++) {
      byte[] b = batch(1 + i % 4, 10_000, i);
      produced.add(b);
      assertThat(log.append(b)).isEqualTo(expectedBase);
      expectedBase += 1 + i % 4;
    }
    assertThat(log.highWatermark()).isEqualTo(expectedBase);
    List<byte[]> stored = log.batches();
    assertThat(stored).hasSize(60);
    long base = 0;
    long size = 0;
    for (int i = 0; i < 60; i++) {
      assertThat(base(stored.get(i))).isEqualTo(base);
      // everything but the base offset as produced, and still valid (the CRC leaves it out)
      assertThat(Arrays.copyOfRange(stored.get(i), 8, stored.get(i).length))
          .isEqualTo(Arrays.copyOfRange(produced.get(i), 8, produced.get(i).length));
      assertThat(RecordBatch.decode(new ByteReader(stored.get(i))).records())
          .isEqualTo(RecordBatch.decode(new ByteReader(produced.get(i))).records());
      base += RawBatches.recordCount(stored.get(i));
      size += stored.get(i).length;
    }
    assertThat(log.size()).isEqualTo(size);
  }

  @Test
  void aBatchLargerThanAChunkIsStoredWhole() {
    PartitionLog log = new PartitionLog(TopicCompression.ANY);
    log.append(batch(1, 100, 1));
    byte[] big = batch(3, 3 * 1024 * 1024, 2); // 9 MiB, more than the largest chunk
    assertThat(log.append(big)).isEqualTo(1);
    assertThat(log.append(batch(1, 100, 3))).isEqualTo(4);
    assertThat(log.batches().get(1)).hasSize(big.length);
    assertThat(RecordBatch.decode(new ByteReader(log.batches().get(1))).records())
        .isEqualTo(RecordBatch.decode(new ByteReader(big)).records());
  }

  @Test
  void appendingTheBatchesOfARequestReturnsTheFirstBaseOffset() {
    PartitionLog log = new PartitionLog(TopicCompression.ANY);
    log.append(batch(2, 10, 0));
    ByteWriter request = new ByteWriter();
    request.raw(batch(3, 10, 1)).raw(batch(4, 10, 2));
    byte[] data = request.toByteArray();
    assertThat(log.append(data, RawBatches.starts(data))).isEqualTo(2);
    assertThat(log.highWatermark()).isEqualTo(9);
    assertThat(log.batches()).extracting(PartitionLogTest::base).containsExactly(0L, 2L, 5L);
    assertThat(log.append(new byte[0], RawBatches.starts(new byte[0]))).isEqualTo(-1);
  }

  @Test
  void slicesStartAtTheBatchHoldingTheOffsetAndStopNearMaxBytes() {
    PartitionLog log = new PartitionLog(TopicCompression.ANY);
    for (int i = 0; i < 10; i++) {
      log.append(batch(5, 1000, i)); // offsets 5i .. 5i+4, about 5 KB each
    }
    int one = log.batches().get(0).length;
    assertThat(log.slices(0, Integer.MAX_VALUE)).hasSize(10);
    assertThat(log.slices(17, Integer.MAX_VALUE))
        .extracting(PartitionLog.Slice::base)
        .first()
        .isEqualTo(15L);
    assertThat(log.slices(17, 2 * one))
        .extracting(PartitionLog.Slice::base)
        .containsExactly(15L, 20L);
    assertThat(log.slices(17, 1)).extracting(PartitionLog.Slice::base).containsExactly(15L);
    assertThat(log.slices(49, 1)).extracting(PartitionLog.Slice::end).containsExactly(50L);
    assertThat(log.slices(50, Integer.MAX_VALUE)).isEmpty();
    PartitionLog.Slice s = log.slices(20, 1).get(0);
    assertThat(s.bytes()).isEqualTo(log.batches().get(4));
  }

  @Test
  void evictionDropsWholeBatchesAndMovesTheStartOffset() {
    PartitionLog log = new PartitionLog(TopicCompression.ANY);
    for (int i = 0; i < 3000; i++) {
      log.append(batch(2, 10, i)); // offsets 2i, 2i+1
    }
    long one = log.batches().get(0).length;
    log.evictBefore(3);
    assertThat(log.startOffset()).isEqualTo(2);
    assertThat(log.size()).isEqualTo(2999 * one);
    log.evictBefore(4_001); // more than 1024 batches gone: the index is compacted
    assertThat(log.startOffset()).isEqualTo(4_000);
    assertThat(log.batches()).hasSize(1000);
    assertThat(base(log.batches().get(0))).isEqualTo(4_000);
    assertThat(log.slices(0, 1)).extracting(PartitionLog.Slice::base).containsExactly(4_000L);
    assertThat(log.slices(5_001, 1)).extracting(PartitionLog.Slice::base).containsExactly(5_000L);
    assertThat(log.append(batch(1, 10, 0))).isEqualTo(6_000);
    log.evictBefore(10_000);
    assertThat(log.startOffset()).isEqualTo(6_001);
    assertThat(log.size()).isZero();
    assertThat(log.slices(0, 100)).isEmpty();
    assertThat(log.append(batch(1, 10, 0))).isEqualTo(6_001);
    assertThat(log.slices(0, 100)).extracting(PartitionLog.Slice::base).containsExactly(6_001L);
  }
}
