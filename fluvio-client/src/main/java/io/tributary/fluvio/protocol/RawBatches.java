package io.tributary.fluvio.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Operations on encoded batches that do not decode the records: what a log stores. Base offsets are
 * outside the CRC, so rewriting them keeps a batch valid.
 */
public final class RawBatches {
  private RawBatches() {}

  /** Splits concatenated batches into one array per batch, checking each length. */
  public static List<byte[]> split(byte[] batches) {
    int[] starts = starts(batches);
    List<byte[]> out = new ArrayList<>(starts.length - 1);
    for (int i = 0; i + 1 < starts.length; i++) {
      out.add(Arrays.copyOfRange(batches, starts[i], starts[i + 1]));
    }
    return out;
  }

  /**
   * Where each of the concatenated batches starts, checking each length as {@link #split} does, and
   * last where they end ({@code batches.length}): batch {@code i} is {@code starts[i]} to {@code
   * starts[i + 1]}, read in place.
   */
  public static int[] starts(byte[] batches) {
    int[] starts = new int[8];
    int n = 0;
    ByteReader r = new ByteReader(batches);
    while (r.remaining() > 0) {
      if (r.remaining() < RecordBatch.PREFIX + RecordBatch.HEADER_SIZE) {
        throw new ProtocolException("truncated batch header");
      }
      if (n + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, 2 * starts.length);
      }
      starts[n++] = r.position();
      r.skip(8);
      int len = r.i32();
      if (len < RecordBatch.HEADER_SIZE) {
        throw new ProtocolException("batch length " + len + " is shorter than its header");
      }
      r.skip(len);
    }
    starts[n++] = batches.length;
    return Arrays.copyOf(starts, n);
  }

  /** Number of records a batch holds, from its last offset delta. */
  public static int recordCount(byte[] batch) {
    return recordCount(batch, 0);
  }

  /** Number of records the batch at {@code at} in {@code batches} holds. */
  public static int recordCount(byte[] batches, int at) {
    return new ByteReader(batches, at + 23, 4).i32() + 1;
  }

  /** The batch's attributes. */
  public static int attributes(byte[] batch) {
    return attributes(batch, 0);
  }

  /** The attributes of the batch at {@code at} in {@code batches}. */
  public static int attributes(byte[] batches, int at) {
    return new ByteReader(batches, at + 21, 2).i16();
  }

  /** Returns a copy of {@code batch} whose base offset is {@code baseOffset}. */
  public static byte[] withBaseOffset(byte[] batch, long baseOffset) {
    byte[] copy = batch.clone();
    for (int i = 0; i < 8; i++) {
      copy[i] = (byte) (baseOffset >>> (56 - 8 * i));
    }
    return copy;
  }

  /**
   * Returns a copy of {@code batch} carrying {@code payload} as its (compressed) records, with
   * length and CRC-32C recomputed: a batch as a faulty producer could write it, for tests.
   */
  public static byte[] withPayload(byte[] batch, byte[] payload) {
    int header =
        RecordBatch.PREFIX
            + RecordBatch.HEADER_SIZE
            + ((attributes(batch) & RecordBatch.SCHEMA_FLAG) != 0 ? 4 : 0);
    ByteWriter w = new ByteWriter(header + payload.length);
    w.raw(Arrays.copyOf(batch, header));
    w.raw(payload);
    w.putI32At(8, header - RecordBatch.PREFIX + payload.length);
    CRC32C crc = new CRC32C();
    crc.update(w.array(), RecordBatch.CRC_START, w.position() - RecordBatch.CRC_START);
    w.putI32At(17, (int) crc.getValue());
    return w.toByteArray();
  }
}
