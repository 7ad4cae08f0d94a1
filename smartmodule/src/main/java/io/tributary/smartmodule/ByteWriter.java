package io.tributary.smartmodule;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with Fluvio's encoding primitives: big-endian fixed-width integers,
 * u16-length strings, and zigzag varints (valid for the i32 range only, as in Fluvio).
 * Reusable: {@link #reset()} keeps the backing array.
 */
final class ByteWriter {
  private byte[] buf;
  private int size;

  ByteWriter(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  void reset() {
    size = 0;
  }

  int size() {
    return size;
  }

  byte[] array() {
    return buf;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int extra) {
    if (size + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
    }
  }

  void writeI8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
  }

  void writeI16(int v) {
    ensure(2);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
  }

  void writeI32(int v) {
    ensure(4);
    putI32(size, v);
    size += 4;
  }

  /** Overwrites four bytes at {@code pos} (for length prefixes written after the content). */
  void putI32(int pos, int v) {
    buf[pos] = (byte) (v >>> 24);
    buf[pos + 1] = (byte) (v >>> 16);
    buf[pos + 2] = (byte) (v >>> 8);
    buf[pos + 3] = (byte) v;
  }

  void writeI64(long v) {
    writeI32((int) (v >>> 32));
    writeI32((int) v);
  }

  void writeBytes(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
  }

  /** A String: u16 byte length, then UTF-8. Fluvio cannot decode 32,768 bytes or more. */
  void writeString(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > Short.MAX_VALUE) {
      throw new IllegalArgumentException("string longer than 32767 bytes");
    }
    writeI16(utf8.length);
    writeBytes(utf8, 0, utf8.length);
  }

  /** A zigzag varint; Fluvio's encoder is only correct in the i32 range, so only ints go in. */
  void writeVarint(int value) {
    int v = (value << 1) ^ (value >> 31);
    ensure(5);
    while ((v & 0xffffff80) != 0) {
      buf[size++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  /** Number of bytes {@link #writeVarint} writes for {@code value}. */
  static int varintSize(int value) {
    int v = (value << 1) ^ (value >> 31);
    int n = 1;
    while ((v & 0xffffff80) != 0) {
      n++;
      v >>>= 7;
    }
    return n;
  }
}
