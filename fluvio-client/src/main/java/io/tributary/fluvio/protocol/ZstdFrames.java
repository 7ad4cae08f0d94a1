package io.tributary.fluvio.protocol;

import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Zstandard frames with aircompressor. The encoder writes one frame with its content size and
 * checksum (aircompressor's level 3; Fluvio's producer uses level 1, which only changes the ratio).
 * The decoder streams, so frames without a content size (what a streaming encoder such as Fluvio's
 * writes) decode too, as do several frames in a row.
 */
final class ZstdFrames {
  private ZstdFrames() {}

  static byte[] compress(byte[] data) {
    ZstdCompressor compressor = new ZstdCompressor();
    byte[] out = new byte[compressor.maxCompressedLength(data.length)];
    int n = compressor.compress(data, 0, data.length, out, 0, out.length);
    return Arrays.copyOf(out, n);
  }

  static byte[] decompress(byte[] data) {
    if (data.length == 0) {
      throw new ProtocolException("empty Zstandard data");
    }
    try (ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(data))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
