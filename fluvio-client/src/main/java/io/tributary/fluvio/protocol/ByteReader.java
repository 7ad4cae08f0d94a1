package io.tributary.fluvio.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Big-endian reader of Fluvio's encoding primitives (docs/protocol.md#encoding-primitives). Every
 * read checks the remaining length and throws {@link ProtocolException} on truncated or malformed
 * input.
 */
public final class ByteReader {
  private final byte[] buf;
  private int pos;
  private final int end;

  /** Reads all of {@code buf}. */
  public ByteReader(byte[] buf) {
    this(buf, 0, buf.length);
  }

  /** Reads {@code len} bytes of {@code buf} from {@code off}. */
  public ByteReader(byte[] buf, int off, int len) {
    this.buf = buf;
    this.pos = off;
    this.end = off + len;
  }

  private void need(int n) {
    if (n < 0 || end - pos < n) {
      throw new ProtocolException("truncated input: need " + n + " bytes, have " + (end - pos));
    }
  }

  /** Bytes left to read. */
  public int remaining() {
    return end - pos;
  }

  /** Current absolute position in the underlying array. */
  public int position() {
    return pos;
  }

  /** Reads one signed byte. */
  public byte i8() {
    need(1);
    return buf[pos++];
  }

  /** Reads one unsigned byte. */
  public int u8() {
    return i8() & 0xff;
  }

  /** Reads a bool; anything but 0 or 1 is an error, as in Fluvio. */
  public boolean bool() {
    int b = u8();
    if (b > 1) {
      throw new ProtocolException("not a valid bool value: " + b);
    }
    return b == 1;
  }

  /** Reads a big-endian i16. */
  public short i16() {
    need(2);
    short v = (short) (((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff));
    pos += 2;
    return v;
  }

  /** Reads a big-endian u16. */
  public int u16() {
    return i16() & 0xffff;
  }

  /** Reads a big-endian i32. */
  public int i32() {
    need(4);
    int v =
        ((buf[pos] & 0xff) << 24)
            | ((buf[pos + 1] & 0xff) << 16)
            | ((buf[pos + 2] & 0xff) << 8)
            | (buf[pos + 3] & 0xff);
    pos += 4;
    return v;
  }

  /** Reads a big-endian u32 as a long. */
  public long u32() {
    return i32() & 0xffffffffL;
  }

  /** Reads a big-endian i64. */
  public long i64() {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (buf[pos++] & 0xff);
    }
    return v;
  }

  /** Reads a String (i16 length; a length of 0 or less gives an empty string). */
  public String string() {
    int len = i16();
    if (len <= 0) {
      return "";
    }
    need(len);
    String s = new String(buf, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  /** Reads an {@code Option<String>}; returns null for None. */
  public String optionalString() {
    return bool() ? string() : null;
  }

  /**
   * The array this reader reads (not a copy): with {@link #position()}, for a reader of bytes in
   * place.
   */
  public byte[] array() {
    return buf;
  }

  /** Reads a {@code Vec<u8>} (i32 length; less than 1 gives an empty array). */
  public byte[] bytes() {
    int len = i32();
    return raw(Math.max(len, 0));
  }

  /** Reads {@code n} raw bytes. */
  public byte[] raw(int n) {
    need(n);
    byte[] out = new byte[n];
    System.arraycopy(buf, pos, out, 0, n);
    pos += n;
    return out;
  }

  /** A reader of the next {@code n} bytes, which this reader skips; no copy is made. */
  public ByteReader slice(int n) {
    need(n);
    ByteReader r = new ByteReader(buf, pos, n);
    pos += n;
    return r;
  }

  /**
   * Adds the bytes from {@code from} bytes after the current position to the end to {@code crc}.
   */
  void updateFrom(int from, java.util.zip.Checksum crc) {
    need(from);
    crc.update(buf, pos + from, end - pos - from);
  }

  /** Skips {@code n} bytes. */
  public void skip(int n) {
    need(n);
    pos += n;
  }

  /** Reads a {@code Vec<T>}: i32 count, then items. */
  public <T> List<T> list(Function<ByteReader, T> item) {
    int n = i32();
    List<T> out = new ArrayList<>(Math.max(0, Math.min(n, 1024)));
    for (int i = 0; i < n; i++) {
      out.add(item.apply(this));
    }
    return out;
  }

  /** Reads a zigzag varint with the 64-bit decoder Fluvio uses. */
  public long varlong() {
    long raw = 0;
    int shift = 0;
    while (true) {
      if (shift > 63) {
        throw new ProtocolException("varint too long");
      }
      int b = u8();
      raw |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
      shift += 7;
    }
    return (raw >>> 1) ^ -(raw & 1);
  }

  /** Reads a varint that must fit in an int. */
  public int varint() {
    long v = varlong();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new ProtocolException("varint out of i32 range: " + v);
    }
    return (int) v;
  }

  /** Reads a varint-length byte array ({@code RecordData}). */
  public byte[] varBytes() {
    return raw(varBytesLength());
  }

  /** Skips a varint-length byte array ({@code RecordData}) without copying it. */
  public void skipVarBytes() {
    skip(varBytesLength());
  }

  private int varBytesLength() {
    int len = varint();
    if (len < 0) {
      throw new ProtocolException("negative record data length " + len);
    }
    return len;
  }
}
