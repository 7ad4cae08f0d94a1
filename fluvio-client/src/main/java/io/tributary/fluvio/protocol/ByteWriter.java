package io.tributary.fluvio.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Growable big-endian buffer that writes Fluvio's encoding primitives
 * (docs/protocol.md#encoding-primitives): fixed-width integers, u16-length strings, bool-tagged
 * options, u32-count vectors and zigzag varints.
 */
public final class ByteWriter {
  private byte[] buf;
  private int pos;

  /** Creates a writer with a small initial capacity. */
  public ByteWriter() {
    this(256);
  }

  /** Creates a writer with the given initial capacity in bytes. */
  public ByteWriter(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  private void ensure(int more) {
    if (pos + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
    }
  }

  /** Number of bytes written so far. */
  public int position() {
    return pos;
  }

  /** Writes one byte. */
  public ByteWriter i8(int v) {
    ensure(1);
    buf[pos++] = (byte) v;
    return this;
  }

  /** Writes a bool as 0 or 1. */
  public ByteWriter bool(boolean v) {
    return i8(v ? 1 : 0);
  }

  /** Writes a big-endian 16-bit integer. */
  public ByteWriter i16(int v) {
    ensure(2);
    buf[pos++] = (byte) (v >>> 8);
    buf[pos++] = (byte) v;
    return this;
  }

  /** Writes a big-endian 32-bit integer. */
  public ByteWriter i32(int v) {
    ensure(4);
    putI32At(pos, v);
    pos += 4;
    return this;
  }

  /** Writes a big-endian u32 given as a long in [0, 2^32). */
  public ByteWriter u32(long v) {
    return i32((int) v);
  }

  /** Writes a big-endian 64-bit integer. */
  public ByteWriter i64(long v) {
    ensure(8);
    for (int i = 7; i >= 0; i--) {
      buf[pos++] = (byte) (v >>> (i * 8));
    }
    return this;
  }

  /** Overwrites four bytes at an earlier position (used for length prefixes). */
  public void putI32At(int at, int v) {
    buf[at] = (byte) (v >>> 24);
    buf[at + 1] = (byte) (v >>> 16);
    buf[at + 2] = (byte) (v >>> 8);
    buf[at + 3] = (byte) v;
  }

  /** Writes a String: u16 byte length, then UTF-8. Rejects strings of 32 KiB or more. */
  public ByteWriter string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > Short.MAX_VALUE) {
      throw new IllegalArgumentException("string longer than 32767 bytes cannot be encoded");
    }
    i16(b.length);
    return raw(b);
  }

  /** Writes an {@code Option<String>}: bool tag, then the string if present. */
  public ByteWriter optionalString(String s) {
    bool(s != null);
    return s == null ? this : string(s);
  }

  /** Writes a {@code Vec<u8>}: u32 length, then the bytes. */
  public ByteWriter bytes(byte[] b) {
    i32(b.length);
    return raw(b);
  }

  /** Writes bytes as they are. */
  public ByteWriter raw(byte[] b) {
    return raw(b, 0, b.length);
  }

  /** Writes a slice of bytes as they are. */
  public ByteWriter raw(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, pos, len);
    pos += len;
    return this;
  }

  /** Writes a {@code Vec<T>}: u32 count, then each item. */
  public <T> ByteWriter list(List<T> items, BiConsumer<ByteWriter, T> item) {
    i32(items.size());
    for (T t : items) {
      item.accept(this, t);
    }
    return this;
  }

  /**
   * Writes a zigzag varint. Fluvio's encoder is only correct in the i32 range, so the argument is
   * an {@code int} (like Kafka's {@code writeVarint(int)}).
   */
  public ByteWriter varint(int n) {
    int v = (n << 1) ^ (n >> 31);
    ensure(5);
    while ((v & 0xffffff80) != 0) {
      buf[pos++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    buf[pos++] = (byte) v;
    return this;
  }

  /** Writes a varint-length byte array ({@code RecordData}). */
  public ByteWriter varBytes(byte[] b) {
    varint(b.length);
    return raw(b);
  }

  /** Returns a copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /**
   * The bytes written, as {@link #toByteArray} but without a copy when the buffer is exactly full
   * (a writer created with the exact size): then the internal array itself, so nothing more may be
   * written to this writer.
   */
  public byte[] toExactArray() {
    return pos == buf.length ? buf : toByteArray();
  }

  /** The internal array, not a copy; valid up to {@link #position()}. */
  public byte[] array() {
    return buf;
  }

  /** Forgets what was written, keeping the buffer for reuse. */
  public void reset() {
    pos = 0;
  }

  /** Number of bytes a zigzag varint of {@code n} takes. */
  public static int varintSize(int n) {
    int v = (n << 1) ^ (n >> 31);
    int size = 1;
    while ((v & 0xffffff80) != 0) {
      size++;
      v >>>= 7;
    }
    return size;
  }
}
