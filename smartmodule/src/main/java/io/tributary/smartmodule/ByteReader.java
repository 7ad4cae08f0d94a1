package io.tributary.smartmodule;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads Fluvio's encoding primitives from a byte array. Truncated or malformed input raises
 * {@link MalformedOutputException}.
 */
final class ByteReader {
  private final byte[] buf;
  private int pos;
  private final int end;

  ByteReader(byte[] buf) {
    this(buf, 0, buf.length);
  }

  ByteReader(byte[] buf, int off, int len) {
    this.buf = buf;
    this.pos = off;
    this.end = off + len;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return end - pos;
  }

  private void need(int n) {
    if (n < 0 || end - pos < n) {
      throw new MalformedOutputException("truncated at byte " + pos + " (needed " + n + " more)");
    }
  }

  int readU8() {
    need(1);
    return buf[pos++] & 0xff;
  }

  boolean readBool() {
    int b = readU8();
    if (b > 1) {
      throw new MalformedOutputException("bad bool/option tag " + b + " at byte " + (pos - 1));
    }
    return b == 1;
  }

  int readI16() {
    need(2);
    int v = (short) (((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff));
    pos += 2;
    return v;
  }

  int readI32() {
    need(4);
    int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16)
        | ((buf[pos + 2] & 0xff) << 8) | (buf[pos + 3] & 0xff);
    pos += 4;
    return v;
  }

  long readI64() {
    long hi = readI32() & 0xffffffffL;
    return (hi << 32) | (readI32() & 0xffffffffL);
  }

  byte[] readBytes(int n) {
    need(n);
    byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return out;
  }

  /** A String: length read as i16 (a length of 0 or less is the empty string), then UTF-8. */
  String readString() {
    int len = readI16();
    if (len <= 0) {
      return "";
    }
    need(len);
    String s = new String(buf, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  /** A standard 64-bit zigzag varint, as Fluvio's decoder reads it. */
  long readVarint() {
    long raw = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readU8();
      raw |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return (raw >>> 1) ^ -(raw & 1);
      }
    }
    throw new MalformedOutputException("varint longer than 10 bytes at byte " + pos);
  }

  /** A varint that must be a non-negative length no larger than what is left. */
  int readVarintLength() {
    long len = readVarint();
    if (len < 0 || len > remaining()) {
      throw new MalformedOutputException("bad length " + len + " at byte " + pos);
    }
    return (int) len;
  }
}
