package io.tributary.fluvio.protocol;

import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The Snappy framing format (what Rust's {@code snap} frame encoder writes and Fluvio uses) over
 * aircompressor's Snappy block codec: the stream identifier, then chunks of at most 64 KiB of data,
 * each with the masked CRC-32C of its uncompressed bytes, stored uncompressed when compression
 * saves less than an eighth (as {@code snap} does). The decoder verifies every checksum, skips
 * padding and reserved skippable chunks, and rejects reserved unskippable ones and chunks that
 * would expand beyond 64 KiB.
 */
final class SnappyFrames {
  private static final byte[] STREAM_IDENTIFIER = {
    (byte) 0xff, 6, 0, 0, 's', 'N', 'a', 'P', 'p', 'Y'
  };
  private static final int MAX_CHUNK = 65_536;
  private static final int COMPRESSED = 0x00;
  private static final int UNCOMPRESSED = 0x01;
  private static final int IDENTIFIER = 0xff;

  /** The compressor keeps a hash table: one per thread saves allocating it for every batch. */
  private static final ThreadLocal<SnappyCompressor> COMPRESSOR =
      ThreadLocal.withInitial(SnappyCompressor::new);

  private SnappyFrames() {}

  static byte[] compress(byte[] data) {
    SnappyCompressor compressor = COMPRESSOR.get();
    byte[] packed = new byte[compressor.maxCompressedLength(Math.min(MAX_CHUNK, data.length))];
    ByteSink out = new ByteSink(data.length / 2 + 32);
    out.write(STREAM_IDENTIFIER, 0, STREAM_IDENTIFIER.length);
    for (int pos = 0; pos < data.length; pos += MAX_CHUNK) {
      int len = Math.min(MAX_CHUNK, data.length - pos);
      int crc = maskedCrc(data, pos, len);
      int n = compressor.compress(data, pos, len, packed, 0, packed.length);
      boolean store = n >= len - len / 8;
      int bodyLength = 4 + (store ? len : n);
      out.writeIntLe((store ? UNCOMPRESSED : COMPRESSED) | bodyLength << 8);
      out.writeIntLe(crc);
      out.write(store ? data : packed, store ? pos : 0, store ? len : n);
    }
    return out.toByteArray();
  }

  static byte[] decompress(byte[] data) {
    FrameInput in = new FrameInput(data, "Snappy");
    if (in.u8() != IDENTIFIER) {
      throw new ProtocolException(
          "not a Snappy framed stream: it does not start with the " + "stream identifier");
    }
    ByteSink out = new ByteSink((int) Math.min(1 << 20, data.length * 3L));
    SnappyDecompressor decompressor = new SnappyDecompressor();
    byte[] chunk = new byte[MAX_CHUNK];
    int type = IDENTIFIER;
    while (true) {
      int length = in.u24Le();
      int start = in.position();
      in.skip(length);
      switch (type) {
        case IDENTIFIER -> identifier(data, start, length);
        case COMPRESSED, UNCOMPRESSED -> {
          if (length < 4) {
            throw new ProtocolException("Snappy chunk of " + length + " bytes has no checksum");
          }
          int crc = XxHash32.intLe(data, start);
          int at = out.size();
          if (type == UNCOMPRESSED) {
            if (length - 4 > MAX_CHUNK) {
              throw new ProtocolException("uncompressed Snappy chunk exceeds 64 KiB");
            }
            out.write(data, start + 4, length - 4);
          } else {
            int size = SnappyDecompressor.getUncompressedLength(data, start + 4);
            if (size < 0 || size > MAX_CHUNK) {
              throw new ProtocolException("Snappy chunk expands beyond 64 KiB");
            }
            int n = decompressor.decompress(data, start + 4, length - 4, chunk, 0, size);
            out.write(chunk, 0, n);
          }
          if (crc != maskedCrc(out.array(), at, out.size() - at)) {
            throw new ProtocolException("Snappy chunk checksum mismatch");
          }
        }
        default -> {
          if (type < 0x80) {
            throw new ProtocolException(
                "reserved unskippable Snappy chunk type 0x" + Integer.toHexString(type));
          }
        }
      }
      if (in.remaining() == 0) {
        return out.toByteArray();
      }
      type = in.u8();
    }
  }

  private static void identifier(byte[] data, int start, int length) {
    if (length != STREAM_IDENTIFIER.length - 4
        || !Arrays.equals(
            data, start, start + length, STREAM_IDENTIFIER, 4, STREAM_IDENTIFIER.length)) {
      throw new ProtocolException("invalid Snappy stream identifier");
    }
  }

  /** CRC-32C of the data, masked as the framing format requires. */
  static int maskedCrc(byte[] data, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(data, offset, length);
    int c = (int) crc.getValue();
    return ((c >>> 15) | (c << 17)) + 0xa282ead8;
  }
}
