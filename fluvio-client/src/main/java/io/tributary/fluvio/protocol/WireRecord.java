package io.tributary.fluvio.protocol;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record inside a batch (docs/protocol.md#record): varint length, attributes 0, timestamp and
 * offset deltas as varints, the key as an {@code Option} tag byte, the value, and a header count of
 * 0.
 *
 * @param timestampDelta milliseconds after the batch's first timestamp
 * @param offsetDelta index within the batch
 * @param key the key, or null for none (encoded as tag byte {@code 00})
 * @param value the value, never null
 */
public record WireRecord(int timestampDelta, int offsetDelta, byte[] key, byte[] value) {
  /** Checks the value is present. */
  public WireRecord {
    Objects.requireNonNull(value, "value");
  }

  /** Writes the record, length prefix included. */
  public void encode(ByteWriter w) {
    write(w, timestampDelta, offsetDelta, key, value);
  }

  /** Bytes {@link #encode} writes, length prefix included. */
  public int encodedSize() {
    return encodedSize(timestampDelta, offsetDelta, key, value);
  }

  /** Bytes {@link #write} writes for these parts, length prefix included. */
  public static int encodedSize(int timestampDelta, int offsetDelta, byte[] key, byte[] value) {
    int bodyLen = bodySize(timestampDelta, offsetDelta, key, value);
    return ByteWriter.varintSize(bodyLen) + bodyLen;
  }

  private static int bodySize(int timestampDelta, int offsetDelta, byte[] key, byte[] value) {
    return 1
        + ByteWriter.varintSize(timestampDelta)
        + ByteWriter.varintSize(offsetDelta)
        + 1
        + (key == null ? 0 : ByteWriter.varintSize(key.length) + key.length)
        + ByteWriter.varintSize(value.length)
        + value.length
        + 1;
  }

  /**
   * Writes a record from its parts, length prefix included, without making a {@code WireRecord}
   * (the SmartModule ABI writes every record it passes to a module this way).
   */
  public static void write(
      ByteWriter w, int timestampDelta, int offsetDelta, byte[] key, byte[] value) {
    w.varint(bodySize(timestampDelta, offsetDelta, key, value))
        .i8(0)
        .varint(timestampDelta)
        .varint(offsetDelta);
    w.bool(key != null);
    if (key != null) {
      w.varBytes(key);
    }
    w.varBytes(value).varint(0);
  }

  /** Reads one record; header entries, which Fluvio never writes, are rejected. */
  public static WireRecord decode(ByteReader r) {
    Parts parts = new Parts();
    read(r, 0, 0, parts);
    return new WireRecord(parts.timestampDelta, parts.offsetDelta, parts.key, parts.value);
  }

  /**
   * Reads one record as {@link #decode} does and hands it to {@code visitor} with its offset and
   * timestamp ({@code baseOffset} and {@code firstTimestamp} plus its deltas), without making a
   * {@code WireRecord}.
   */
  public static void read(
      ByteReader r, long baseOffset, long firstTimestamp, RecordBatch.RecordVisitor visitor) {
    int len = r.varint();
    int start = r.position();
    r.i8();
    long ts = r.varlong();
    int off = r.varint();
    boolean copy = visitor.wantsBytes();
    byte[] key = r.bool() ? bytes(r, copy) : null;
    byte[] value = bytes(r, copy);
    int headers = r.varint();
    if (headers != 0) {
      throw new ProtocolException("record headers are not supported by Fluvio, got " + headers);
    }
    if (r.position() - start != len) {
      throw new ProtocolException("record length " + len + " does not match its content");
    }
    visitor.record(baseOffset + off, firstTimestamp + (int) ts, key, value);
  }

  /** A varint-length byte array, copied, or skipped (null) when not {@code copy}. */
  private static byte[] bytes(ByteReader r, boolean copy) {
    if (copy) {
      return r.varBytes();
    }
    r.skipVarBytes();
    return null;
  }

  /** A record's parts, as {@link #read} hands them over. */
  private static final class Parts implements RecordBatch.RecordVisitor {
    int timestampDelta;
    int offsetDelta;
    byte[] key;
    byte[] value;

    @Override
    public void record(long offset, long timestamp, byte[] key, byte[] value) {
      this.offsetDelta = (int) offset;
      this.timestampDelta = (int) timestamp;
      this.key = key;
      this.value = value;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WireRecord w
        && w.timestampDelta == timestampDelta
        && w.offsetDelta == offsetDelta
        && Arrays.equals(w.key, key)
        && Arrays.equals(w.value, value);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(key) + Arrays.hashCode(value) + offsetDelta;
  }

  @Override
  public String toString() {
    return "WireRecord[ts+"
        + timestampDelta
        + ", off+"
        + offsetDelta
        + ", key="
        + (key == null ? "none" : key.length + "B")
        + ", value="
        + value.length
        + "B]";
  }
}
