package io.tributary.fluvio.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * A record batch (docs/protocol.md#record-batch), byte-compatible with a Kafka v2 batch header but
 * with Fluvio's record layout; the u32 record count sits inside the compressed block.
 *
 * @param baseOffset the batch's base offset (assigned by the SPU)
 * @param attributes compression bits and the schema-id flag {@code 0x10}
 * @param lastOffsetDelta records − 1 (−1 in some Fluvio test vectors)
 * @param firstTimestamp creation time in ms
 * @param maxTimestamp first timestamp plus the last record's delta
 * @param schemaId the schema id when {@code attributes & 0x10}, else null
 * @param records the records, decompressed
 */
public record RecordBatch(
    long baseOffset,
    int attributes,
    int lastOffsetDelta,
    long firstTimestamp,
    long maxTimestamp,
    Long schemaId,
    List<WireRecord> records) {
  /** Bytes of a batch up to and including {@code batch_len}. */
  public static final int PREFIX = 12;

  /** {@code BATCH_HEADER_SIZE}: bytes after batch_len up to the records. */
  public static final int HEADER_SIZE = 45;

  /** Offset of the first byte covered by the CRC (attributes). */
  public static final int CRC_START = 21;

  /** The attributes bit saying a schema id follows the header. */
  static final int SCHEMA_FLAG = 0x10;

  /** Copies the record list. */
  public RecordBatch {
    records = List.copyOf(records);
  }

  /**
   * A producer batch as the Rust producer builds it: base offset {@code records − 1}, last offset
   * delta {@code records − 1}, the given timestamps.
   */
  public static RecordBatch of(
      List<WireRecord> records, long firstTimestamp, long maxTimestamp, Compression compression) {
    int n = records.size();
    return new RecordBatch(
        n - 1, compression.id(), n - 1, firstTimestamp, maxTimestamp, null, records);
  }

  /** Codec of this batch. */
  public Compression compression() {
    return Compression.fromAttributes(attributes);
  }

  /** Offset the next batch starts at: base + last offset delta + 1. */
  public long nextOffset() {
    return baseOffset + lastOffsetDelta + 1;
  }

  /** Encodes the batch with its CRC-32C. */
  public byte[] encode() {
    int size = 4;
    for (WireRecord r : records) {
      size += r.encodedSize();
    }
    return encode(
        baseOffset,
        attributes,
        lastOffsetDelta,
        firstTimestamp,
        maxTimestamp,
        schemaId,
        size,
        w -> w.list(records, (rw, rec) -> rec.encode(rw)));
  }

  /**
   * Encodes a batch with its CRC-32C from its header fields and a writer of its records as {@link
   * ByteWriter#list} of {@link WireRecord#encode} writes them (u32 count, then each record), {@code
   * recordsSize} bytes before compression. Without compression the records are written straight
   * into the batch: its array is the only one allocated.
   */
  public static byte[] encode(
      long baseOffset,
      int attributes,
      int lastOffsetDelta,
      long firstTimestamp,
      long maxTimestamp,
      Long schemaId,
      int recordsSize,
      Consumer<ByteWriter> records) {
    Compression compression = Compression.fromAttributes(attributes);
    byte[] body = null;
    int bodySize = recordsSize;
    if (compression != Compression.NONE) {
      ByteWriter raw = new ByteWriter(recordsSize);
      records.accept(raw);
      body = compression.compress(raw.toExactArray());
      bodySize = body.length;
    }
    int headerSize = HEADER_SIZE + (schemaId != null ? 4 : 0);
    ByteWriter w = new ByteWriter(PREFIX + headerSize + bodySize);
    w.i64(baseOffset);
    w.i32(headerSize + bodySize);
    w.i32(-1).i8(2).i32(0);
    w.i16(attributes).i32(lastOffsetDelta).i64(firstTimestamp).i64(maxTimestamp);
    w.i64(-1).i16(-1).i32(-1);
    if (schemaId != null) {
      w.u32(schemaId);
    }
    if (body != null) {
      w.raw(body);
    } else {
      records.accept(w);
    }
    if (w.position() != PREFIX + headerSize + bodySize) {
      throw new IllegalStateException(
          "records took "
              + (w.position() - PREFIX - headerSize)
              + " bytes, not the "
              + bodySize
              + " announced");
    }
    CRC32C crc = new CRC32C();
    crc.update(w.array(), CRC_START, w.position() - CRC_START);
    w.putI32At(17, (int) crc.getValue());
    return w.toExactArray();
  }

  /** Decodes one batch, verifying magic and CRC-32C and decompressing the records. */
  public static RecordBatch decode(ByteReader r) {
    Header h = header(r);
    List<WireRecord> records;
    try {
      records = h.records().list(WireRecord::decode);
    } catch (ProtocolException e) {
      throw h.failed(e);
    }
    RecordBatch f = h.fields();
    return new RecordBatch(
        f.baseOffset,
        f.attributes,
        f.lastOffsetDelta,
        f.firstTimestamp,
        f.maxTimestamp,
        f.schemaId,
        records);
  }

  /** Decodes every batch of a record set's content (the bytes after its i32 length). */
  public static List<RecordBatch> decodeAll(byte[] batches) {
    ByteReader r = new ByteReader(batches);
    List<RecordBatch> out = new ArrayList<>();
    while (r.remaining() > 0) {
      out.add(decode(r));
    }
    return out;
  }

  /** What {@link #forEachRecord} hands each record to. */
  public interface RecordVisitor {
    /**
     * One record.
     *
     * @param offset its offset (the batch's base offset plus its delta)
     * @param timestamp its timestamp (the batch's first timestamp plus its delta)
     * @param key its key, or null
     * @param value its value
     */
    void record(long offset, long timestamp, byte[] key, byte[] value);

    /**
     * A batch of about {@code records} records comes next (its count, bounded by its size in bytes:
     * a hint for sizing, nothing more).
     */
    default void batch(int records) {}

    /**
     * Whether {@link #record} wants each record's key and value; when false they are skipped, not
     * copied, and {@link #record} gets null for both (the record's layout is checked all the same):
     * for a caller that only checks or counts records.
     */
    default boolean wantsBytes() {
      return true;
    }
  }

  /**
   * Reads every record of a record set's content (the bytes after its i32 length) as {@link
   * #decodeAll} does — the same checks of each batch's length, magic and CRC-32C, the same
   * decompression — handing each to {@code visitor}, without a {@code RecordBatch} or a {@code
   * WireRecord} per record, and without copying an uncompressed batch.
   *
   * @return the offset after the last batch, or -1 when there is none
   */
  public static long forEachRecord(byte[] batches, RecordVisitor visitor) {
    return forEachRecord(batches, 0, batches.length, visitor);
  }

  /**
   * As {@link #forEachRecord(byte[], RecordVisitor)}, for a record set's content that takes {@code
   * length} bytes of {@code buf} from {@code from}.
   */
  public static long forEachRecord(byte[] buf, int from, int length, RecordVisitor visitor) {
    ByteReader r = new ByteReader(buf, from, length);
    long next = -1;
    while (r.remaining() > 0) {
      Header h = header(r);
      try {
        ByteReader records = h.records();
        int n = records.i32();
        visitor.batch(Math.max(0, Math.min(n, records.remaining())));
        for (int i = 0; i < n; i++) {
          WireRecord.read(records, h.baseOffset(), h.fields().firstTimestamp(), visitor);
        }
      } catch (ProtocolException e) {
        throw h.failed(e);
      }
      next = Math.max(next, h.fields().nextOffset());
    }
    return next;
  }

  /**
   * About how many records the batches in {@code length} bytes of {@code buf} from {@code from}
   * hold, from each header's last offset delta, without reading or checking anything else: a hint
   * for sizing a list before {@link #forEachRecord(byte[], int, int, RecordVisitor)}. At most one
   * per 7 bytes (the smallest record), so that a bad header cannot make a caller allocate much.
   */
  public static int countHint(byte[] buf, int from, int length) {
    long count = 0;
    int at = from;
    int end = from + length;
    while (end - at >= PREFIX + HEADER_SIZE) {
      int len = new ByteReader(buf, at + 8, 4).i32();
      if (len < HEADER_SIZE) {
        break;
      }
      count += Math.max(0, RawBatches.recordCount(buf, at)); // last_offset_delta + 1
      at += PREFIX + len;
      if (at < 0) {
        break; // overflow: a bad length
      }
    }
    return (int) Math.min(count, length / 7);
  }

  /**
   * A batch's header fields, checked (in a batch without its records), and a reader of its
   * decompressed records.
   */
  private record Header(RecordBatch fields, ByteReader records) {
    long baseOffset() {
      return fields.baseOffset();
    }

    ProtocolException failed(ProtocolException e) {
      return RecordBatch.failed(fields.baseOffset(), e);
    }
  }

  private static ProtocolException failed(long baseOffset, ProtocolException e) {
    return new ProtocolException("batch at offset " + baseOffset + ": " + e.getMessage(), e);
  }

  /** Reads one batch's header, verifying magic and CRC-32C; decompresses its records. */
  private static Header header(ByteReader r) {
    int start = r.position();
    long baseOffset = r.i64();
    int len = r.i32();
    if (len < HEADER_SIZE) {
      throw new ProtocolException("batch length " + len + " is shorter than its header");
    }
    ByteReader h = r.slice(len);
    h.i32(); // partition leader epoch
    int magic = h.i8();
    if (magic != 2) {
      throw new ProtocolException("unsupported batch magic " + magic + " at " + start);
    }
    long crc = h.u32();
    CRC32C check = new CRC32C();
    h.updateFrom(0, check);
    if (check.getValue() != crc) {
      throw new ProtocolException("batch CRC-32C mismatch at base offset " + baseOffset);
    }
    int attributes = h.i16();
    int lastOffsetDelta = h.i32();
    long first = h.i64();
    long max = h.i64();
    h.skip(8 + 2 + 4);
    Long schemaId = (attributes & SCHEMA_FLAG) != 0 ? h.u32() : null;
    ByteReader records;
    try {
      Compression compression = Compression.fromAttributes(attributes);
      records =
          compression == Compression.NONE
              ? h // read in place
              : new ByteReader(compression.decompress(h.raw(h.remaining())));
    } catch (ProtocolException e) {
      throw failed(baseOffset, e);
    }
    return new Header(
        new RecordBatch(baseOffset, attributes, lastOffsetDelta, first, max, schemaId, List.of()),
        records);
  }
}
