package io.tributary.fluvio.protocol;

import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;

/**
 * The LZ4 frame format over aircompressor's LZ4 block codec. The encoder writes what Fluvio's
 * producer writes with lz4_flex's default frame: independent blocks, no checksums, no content size,
 * the block size picked from the input length (64 KiB, 256 KiB or 4 MiB). The decoder reads any
 * frame with independent blocks: every block size, block and content checksums (verified), content
 * size (verified), skippable frames and frames in a row. Linked blocks and dictionaries are
 * rejected: no Fluvio producer writes them.
 */
final class Lz4Frames {
  private static final int MAGIC = 0x184D2204;
  private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
  private static final int SKIPPABLE_MAGIC = 0x184D2A50;
  private static final int FLG_VERSION = 0x40;
  private static final int FLG_INDEPENDENT = 0x20;
  private static final int FLG_BLOCK_CHECKSUM = 0x10;
  private static final int FLG_CONTENT_SIZE = 0x08;
  private static final int FLG_CONTENT_CHECKSUM = 0x04;
  private static final int FLG_DICTIONARY = 0x01;
  private static final int UNCOMPRESSED_BIT = 0x80000000;

  /** The compressor keeps a hash table: one per thread saves allocating it for every batch. */
  private static final ThreadLocal<Lz4Compressor> COMPRESSOR =
      ThreadLocal.withInitial(Lz4Compressor::new);

  private Lz4Frames() {}

  static byte[] compress(byte[] data) {
    int sizeId = data.length <= 64 << 10 ? 4 : data.length <= 256 << 10 ? 5 : 7;
    int blockSize = blockSize(sizeId);
    Lz4Compressor compressor = COMPRESSOR.get();
    byte[] block =
        new byte[compressor.maxCompressedLength(Math.min(blockSize, Math.max(data.length, 1)))];
    ByteSink out = new ByteSink(data.length / 2 + 32);
    byte[] descriptor = {(byte) (FLG_VERSION | FLG_INDEPENDENT), (byte) (sizeId << 4)};
    out.writeIntLe(MAGIC);
    out.write(descriptor, 0, 2);
    out.write(headerChecksum(descriptor, 0, 2));
    for (int pos = 0; pos < data.length; pos += blockSize) {
      int len = Math.min(blockSize, data.length - pos);
      int packed = compressor.compress(data, pos, len, block, 0, block.length);
      if (packed >= len) {
        out.writeIntLe(len | UNCOMPRESSED_BIT);
        out.write(data, pos, len);
      } else {
        out.writeIntLe(packed);
        out.write(block, 0, packed);
      }
    }
    out.writeIntLe(0);
    return out.toByteArray();
  }

  static byte[] decompress(byte[] data) {
    FrameInput in = new FrameInput(data, "LZ4");
    ByteSink out = new ByteSink((int) Math.min(1 << 20, data.length * 3L));
    do {
      int magic = in.intLe();
      if ((magic & SKIPPABLE_MASK) == SKIPPABLE_MAGIC) {
        in.skip(in.intLe());
      } else if (magic == MAGIC) {
        frame(in, out);
      } else {
        throw new ProtocolException(
            "not an LZ4 frame: magic number 0x"
                + Integer.toHexString(magic)
                + " at byte "
                + (in.position() - 4));
      }
    } while (in.remaining() > 0);
    return out.toByteArray();
  }

  private static void frame(FrameInput in, ByteSink out) {
    int descriptorStart = in.position();
    int flg = in.u8();
    int bd = in.u8();
    if ((flg & 0xC0) != FLG_VERSION || (flg & 0x02) != 0 || (bd & 0x8F) != 0) {
      throw new ProtocolException(
          "unsupported LZ4 frame descriptor FLG 0x"
              + Integer.toHexString(flg)
              + " BD 0x"
              + Integer.toHexString(bd));
    }
    int sizeId = bd >> 4;
    if (sizeId < 4) {
      throw new ProtocolException("invalid LZ4 block size id " + sizeId);
    }
    long contentSize = (flg & FLG_CONTENT_SIZE) != 0 ? in.longLe() : -1;
    if ((flg & FLG_DICTIONARY) != 0) {
      throw new ProtocolException("LZ4 frames with a dictionary are not supported");
    }
    int hc = in.u8();
    if (hc != headerChecksum(in.data(), descriptorStart, in.position() - 1 - descriptorStart)) {
      throw new ProtocolException("LZ4 frame header checksum mismatch");
    }
    if ((flg & FLG_INDEPENDENT) == 0) {
      throw new ProtocolException(
          "LZ4 frames with linked blocks are not supported (Fluvio "
              + "writes independent blocks)");
    }
    int maxBlock = blockSize(sizeId);
    Lz4Decompressor decompressor = new Lz4Decompressor();
    byte[] block = null;
    int frameStart = out.size();
    while (true) {
      int header = in.intLe();
      if (header == 0) {
        break;
      }
      int len = header & ~UNCOMPRESSED_BIT;
      if (len > maxBlock) {
        throw new ProtocolException(
            "LZ4 block of " + len + " bytes exceeds the frame's " + maxBlock + "-byte block size");
      }
      int start = in.position();
      in.skip(len);
      if ((flg & FLG_BLOCK_CHECKSUM) != 0
          && in.intLe() != XxHash32.hash(in.data(), start, len, 0)) {
        throw new ProtocolException("LZ4 block checksum mismatch");
      }
      if ((header & UNCOMPRESSED_BIT) != 0) {
        out.write(in.data(), start, len);
      } else {
        if (block == null) {
          block = new byte[maxBlock];
        }
        int n = decompressor.decompress(in.data(), start, len, block, 0, block.length);
        out.write(block, 0, n);
      }
    }
    int produced = out.size() - frameStart;
    if ((flg & FLG_CONTENT_CHECKSUM) != 0) {
      if (in.intLe() != XxHash32.hash(out.array(), frameStart, produced, 0)) {
        throw new ProtocolException("LZ4 content checksum mismatch");
      }
    }
    if (contentSize >= 0 && contentSize != produced) {
      throw new ProtocolException(
          "LZ4 frame declares " + contentSize + " bytes but holds " + produced);
    }
  }

  private static int blockSize(int sizeId) {
    return 1 << (8 + 2 * sizeId);
  }

  private static int headerChecksum(byte[] b, int offset, int length) {
    return (XxHash32.hash(b, offset, length, 0) >>> 8) & 0xff;
  }
}
