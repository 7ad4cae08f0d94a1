package io.tributary.fluvio.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Batch compression codecs, the low three bits of a batch's attributes (reference §3.6). This
 * client implements gzip with the JDK; the others are recognised so their batches fail with a
 * clear message instead of garbage.
 */
public enum Compression {
  /** No compression (attributes 0). */
  NONE,
  /** gzip (attributes 1). */
  GZIP,
  /** Snappy, framed format (attributes 2); not supported by this client. */
  SNAPPY,
  /** LZ4 frame format (attributes 3); not supported by this client. */
  LZ4,
  /** Zstandard (attributes 4); not supported by this client. */
  ZSTD;

  /** The codec an attributes value names. */
  public static Compression fromAttributes(int attributes) {
    int id = attributes & 0x7;
    if (id >= values().length) {
      throw new ProtocolException("unknown compression id " + id);
    }
    return values()[id];
  }

  /** The attribute bits of this codec. */
  public int id() {
    return ordinal();
  }

  /** Compresses {@code data}. */
  public byte[] compress(byte[] data) {
    return switch (this) {
      case NONE -> data;
      case GZIP -> gzip(data);
      default -> throw unsupported();
    };
  }

  /** Decompresses {@code data}. */
  public byte[] decompress(byte[] data) {
    return switch (this) {
      case NONE -> data;
      case GZIP -> gunzip(data);
      default -> throw unsupported();
    };
  }

  private ProtocolException unsupported() {
    return new ProtocolException(
        "compression " + name().toLowerCase() + " is not supported by this client (use gzip)");
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] data) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 8192)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ProtocolException("corrupt gzip batch: " + e.getMessage());
    }
  }
}
