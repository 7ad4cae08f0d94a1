package io.tributary.fluvio.protocol;

import java.util.Locale;

/**
 * A topic's {@code compression_type}, Fluvio's {@code CompressionAlgorithm}. Its tags differ from
 * the batch codec ids ({@link Compression}): 0 none, 1 gzip, 2 snappy, 3 lz4, 4 any (the default),
 * 5 zstd. The SPU rejects a produced batch whose codec this setting does not {@linkplain #accepts
 * accept}, with {@code CompressionError}.
 */
public enum TopicCompression {
  /** Only uncompressed batches. */
  NONE(Compression.NONE),
  /** Only gzip batches. */
  GZIP(Compression.GZIP),
  /** Only Snappy batches. */
  SNAPPY(Compression.SNAPPY),
  /** Only LZ4 batches. */
  LZ4(Compression.LZ4),
  /** Batches of every codec (the default). */
  ANY(null),
  /** Only Zstandard batches. */
  ZSTD(Compression.ZSTD);

  /** The names {@link #parse} accepts. */
  public static final String NAMES = "any, none, gzip, snappy, lz4, zstd";

  private final Compression codec;

  TopicCompression(Compression codec) {
    this.codec = codec;
  }

  /** The setting a tag denotes. */
  public static TopicCompression fromTag(int tag) {
    if (tag < 0 || tag >= values().length) {
      throw new ProtocolException("unknown topic compression type " + tag);
    }
    return values()[tag];
  }

  /**
   * The setting a name denotes ({@code any}, {@code none}, {@code gzip}, {@code snappy}, {@code
   * lz4}, {@code zstd}; any case), as {@code fluvio topic create --compression-type} takes.
   *
   * @throws IllegalArgumentException naming the six for anything else
   */
  public static TopicCompression parse(String name) {
    for (TopicCompression t : values()) {
      if (t.label().equalsIgnoreCase(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("expected one of " + NAMES + ", got '" + name + "'");
  }

  /** The wire tag. */
  public int tag() {
    return ordinal();
  }

  /** The name, lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The one codec this topic takes, or null for {@link #ANY}. */
  public Compression codec() {
    return codec;
  }

  /** Whether the SPU stores a batch with this codec in such a topic. */
  public boolean accepts(Compression batch) {
    return codec == null || codec == batch;
  }
}
