package io.tributary.fluvio.protocol;

/** A bounds-checked little-endian reader of a compressed frame; errors name the codec. */
final class FrameInput {
  private final byte[] data;
  private final String codec;
  private int pos;

  FrameInput(byte[] data, String codec) {
    this.data = data;
    this.codec = codec;
  }

  byte[] data() {
    return data;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return data.length - pos;
  }

  /** Skips {@code n} bytes, failing if fewer are left. */
  void skip(int n) {
    if (n < 0 || n > remaining()) {
      throw new ProtocolException(
          "truncated "
              + codec
              + " data: "
              + n
              + " bytes needed at byte "
              + pos
              + ", "
              + remaining()
              + " left");
    }
    pos += n;
  }

  int u8() {
    skip(1);
    return data[pos - 1] & 0xff;
  }

  int u24Le() {
    skip(3);
    return (data[pos - 3] & 0xff) | (data[pos - 2] & 0xff) << 8 | (data[pos - 1] & 0xff) << 16;
  }

  int intLe() {
    skip(4);
    return XxHash32.intLe(data, pos - 4);
  }

  long longLe() {
    return (intLe() & 0xffffffffL) | (long) intLe() << 32;
  }
}
