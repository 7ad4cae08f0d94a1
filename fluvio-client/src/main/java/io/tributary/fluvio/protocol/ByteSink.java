package io.tributary.fluvio.protocol;

import java.io.ByteArrayOutputStream;

/** A growable output whose written bytes can be read in place (for checksums). */
final class ByteSink extends ByteArrayOutputStream {
  ByteSink(int initialCapacity) {
    super(Math.max(64, initialCapacity));
  }

  /** The backing array: bytes {@code 0} to {@code size()} are the ones written. */
  byte[] array() {
    return buf;
  }

  void writeIntLe(int v) {
    write(v);
    write(v >>> 8);
    write(v >>> 16);
    write(v >>> 24);
  }
}
