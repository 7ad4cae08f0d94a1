package io.tributary.fluvio.protocol;

/** XXH32, the checksum of the LZ4 frame format (header, block and content checksums). */
final class XxHash32 {
  private static final int P1 = 0x9E3779B1;
  private static final int P2 = 0x85EBCA77;
  private static final int P3 = 0xC2B2AE3D;
  private static final int P4 = 0x27D4EB2F;
  private static final int P5 = 0x165667B1;

  private XxHash32() {}

  /** The hash of {@code length} bytes of {@code data} from {@code offset}, with {@code seed}. */
  static int hash(byte[] data, int offset, int length, int seed) {
    int end = offset + length;
    int p = offset;
    int h;
    if (length >= 16) {
      int v1 = seed + P1 + P2;
      int v2 = seed + P2;
      int v3 = seed;
      int v4 = seed - P1;
      for (int limit = end - 16; p <= limit; p += 16) {
        v1 = round(v1, intLe(data, p));
        v2 = round(v2, intLe(data, p + 4));
        v3 = round(v3, intLe(data, p + 8));
        v4 = round(v4, intLe(data, p + 12));
      }
      h =
          Integer.rotateLeft(v1, 1)
              + Integer.rotateLeft(v2, 7)
              + Integer.rotateLeft(v3, 12)
              + Integer.rotateLeft(v4, 18);
    } else {
      h = seed + P5;
    }
    h += length;
    for (; p + 4 <= end; p += 4) {
      h = Integer.rotateLeft(h + intLe(data, p) * P3, 17) * P4;
    }
    for (; p < end; p++) {
      h = Integer.rotateLeft(h + (data[p] & 0xff) * P5, 11) * P1;
    }
    h ^= h >>> 15;
    h *= P2;
    h ^= h >>> 13;
    h *= P3;
    h ^= h >>> 16;
    return h;
  }

  private static int round(int acc, int input) {
    return Integer.rotateLeft(acc + input * P2, 13) * P1;
  }

  static int intLe(byte[] b, int p) {
    return (b[p] & 0xff)
        | (b[p + 1] & 0xff) << 8
        | (b[p + 2] & 0xff) << 16
        | (b[p + 3] & 0xff) << 24;
  }
}
