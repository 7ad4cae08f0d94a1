package io.tributary.fluvio.protocol;

/**
 * SipHash-2-4 with a zero key, over Rust's {@code Hash} of a {@code &[u8]}: the length as u64
 * little-endian, then the bytes (docs/protocol.md#partitioner). This is how Fluvio's producer picks
 * the partition of a keyed record.
 */
public final class SipHash24 {
  private SipHash24() {}

  /** Partition of {@code key} among {@code partitions}, as Fluvio's default partitioner. */
  public static int partition(byte[] key, int partitions) {
    return (int) Long.remainderUnsigned(hashKey(key), partitions);
  }

  /** Hash of a key as Rust hashes a byte slice (length prefix, then bytes). */
  public static long hashKey(byte[] key) {
    byte[] msg = new byte[8 + key.length];
    long len = key.length;
    for (int i = 0; i < 8; i++) {
      msg[i] = (byte) (len >>> (8 * i));
    }
    System.arraycopy(key, 0, msg, 8, key.length);
    return hash(msg);
  }

  /** SipHash-2-4 of {@code msg} with k0 = k1 = 0. */
  public static long hash(byte[] msg) {
    long v0 = 0x736f6d6570736575L;
    long v1 = 0x646f72616e646f6dL;
    long v2 = 0x6c7967656e657261L;
    long v3 = 0x7465646279746573L;
    int n = msg.length;
    int blocks = n / 8;
    long[] v = {v0, v1, v2, v3};
    for (int b = 0; b < blocks; b++) {
      long m = le(msg, b * 8, 8);
      v[3] ^= m;
      round(v);
      round(v);
      v[0] ^= m;
    }
    long last = ((long) n & 0xff) << 56 | le(msg, blocks * 8, n - blocks * 8);
    v[3] ^= last;
    round(v);
    round(v);
    v[0] ^= last;
    v[2] ^= 0xff;
    for (int i = 0; i < 4; i++) {
      round(v);
    }
    return v[0] ^ v[1] ^ v[2] ^ v[3];
  }

  private static long le(byte[] b, int off, int len) {
    long m = 0;
    for (int i = 0; i < len; i++) {
      m |= (b[off + i] & 0xffL) << (8 * i);
    }
    return m;
  }

  private static void round(long[] v) {
    v[0] += v[1];
    v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
    v[0] = Long.rotateLeft(v[0], 32);
    v[2] += v[3];
    v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
    v[0] += v[3];
    v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
    v[2] += v[1];
    v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
    v[2] = Long.rotateLeft(v[2], 32);
  }
}
