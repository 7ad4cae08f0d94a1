package io.tributary.fluvio.protocol;

import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Batch compression codecs, the low three bits of a batch's attributes. The compressed payload is a
 * batch's whole encoded record list. Each codec writes the framing Fluvio's Rust producer writes
 * (one gzip member, the Snappy framing format, an LZ4 frame, a Zstandard frame) and reads what any
 * Fluvio client writes; see docs/fluvio.md for the details and the libraries.
 */
public enum Compression {
  /** No compression (attributes 0). */
  NONE,
  /** gzip, one member (attributes 1). */
  GZIP,
  /** Snappy framing format (attributes 2). */
  SNAPPY,
  /** LZ4 frame format (attributes 3). */
  LZ4,
  /** Zstandard frame (attributes 4). */
  ZSTD;

  /** The names {@link #parse} accepts, as Fluvio spells them. */
  public static final String NAMES = "none, gzip, snappy, lz4, zstd";

  private static final int CODEC_MASK = 0x7;

  /** The codecs by id ({@code values()} copies its array at each call: once per batch read). */
  private static final Compression[] BY_ID = values();

  /** The codec an attributes value names. */
  public static Compression fromAttributes(int attributes) {
    int id = attributes & CODEC_MASK;
    if (id >= BY_ID.length) {
      throw new ProtocolException("unknown compression id " + id);
    }
    return BY_ID[id];
  }

  /**
   * The codec a name denotes, as Fluvio's producer configuration spells it ({@code none}, {@code
   * gzip}, {@code snappy}, {@code lz4}, {@code zstd}; any case).
   *
   * @throws IllegalArgumentException naming the five for anything else
   */
  public static Compression parse(String name) {
    for (Compression c : values()) {
      if (c.label().equalsIgnoreCase(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("expected one of " + NAMES + ", got '" + name + "'");
  }

  /** The attribute bits of this codec. */
  public int id() {
    return ordinal();
  }

  /**
   * The name Fluvio uses: {@code none}, {@code gzip}, {@code snappy}, {@code lz4} or {@code zstd}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Compresses {@code data}. */
  public byte[] compress(byte[] data) {
    return switch (this) {
      case NONE -> data;
      case GZIP -> GzipMember.compress(data);
      case SNAPPY -> SnappyFrames.compress(data);
      case LZ4 -> Lz4Frames.compress(data);
      case ZSTD -> ZstdFrames.compress(data);
    };
  }

  /**
   * Decompresses {@code data}.
   *
   * @throws ProtocolException naming the codec when the data is not valid for it
   */
  public byte[] decompress(byte[] data) {
    try {
      return switch (this) {
        case NONE -> data;
        case GZIP -> GzipMember.decompress(data);
        case SNAPPY -> SnappyFrames.decompress(data);
        case LZ4 -> Lz4Frames.decompress(data);
        case ZSTD -> ZstdFrames.decompress(data);
      };
    } catch (UncheckedIOException e) {
      throw corrupt(e.getCause());
    } catch (RuntimeException e) {
      throw corrupt(e);
    }
  }

  private ProtocolException corrupt(Throwable cause) {
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new ProtocolException("corrupt " + label() + " data: " + detail, cause);
  }
}
