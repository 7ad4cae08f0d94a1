package io.tributary.fluvio.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Independent implementations as oracles: Debian's {@code zstd} and {@code lz4} command-line tools
 * and python-snappy's framed stream decode what Tributary encodes, and Tributary decodes what they
 * encode. Needs the Debian packages zstd, lz4 and python3-snappy: without them the tests fail when
 * {@code CI=true} and are skipped otherwise.
 */
class CompressionOracleTest {
  private static final int MIB = 1 << 20;
  private static ExternalTool zstd;
  private static ExternalTool lz4;
  private static ExternalTool python;
  private static String snappyScript;

  @BeforeAll
  static void locateTools() throws URISyntaxException {
    zstd = ExternalTool.locate("zstd", List.of("--version"), "zstd");
    lz4 = ExternalTool.locate("lz4", List.of("--version"), "lz4");
    // Debian's python3-snappy lives in the system interpreter, which a python3 earlier on the
    // PATH (pyenv, a virtualenv) may not see.
    python =
        ExternalTool.locate(
            "python3-snappy",
            List.of("-c", "import snappy.snappy"),
            System.getenv("TRIBUTARY_PYTHON"),
            "python3",
            "/usr/bin/python3");
    snappyScript =
        Path.of(CompressionOracleTest.class.getResource("/snappy_framed.py").toURI()).toString();
  }

  /** JSON and random payloads from empty to 1 MiB, across every block-size boundary. */
  private static List<byte[]> payloads() {
    List<byte[]> out = new ArrayList<>();
    int seed = 0;
    for (int size : new int[] {0, 1, 1000, 65_536, 65_537, 262_145, MIB}) {
      out.add(Payloads.of(Payloads.Kind.JSON, size, seed++));
      out.add(Payloads.of(Payloads.Kind.RANDOM, size, seed++));
    }
    out.add(Payloads.of(Payloads.Kind.RUNS, MIB, seed));
    return out;
  }

  @Test
  void zstdToolDecodesOurFrames() {
    for (byte[] data : payloads()) {
      assertThat(zstd.run(Compression.ZSTD.compress(data), "-d", "-c", "-q"))
          .as("%d bytes", data.length)
          .isEqualTo(data);
    }
  }

  @Test
  void weDecodeZstdToolFramesWithAndWithoutContentSize() {
    for (byte[] data : payloads()) {
      // Reading standard input, zstd streams: the frame carries no content size.
      byte[] streamed = zstd.run(data, "-c", "-q", "-1");
      if (data.length > 0) { // an empty input is written as a single segment of size 0
        assertThat(streamed[4] & 0xE0).as("content size and single segment flags").isZero();
      }
      assertThat(Compression.ZSTD.decompress(streamed)).as("%d bytes", data.length).isEqualTo(data);
      byte[] sized =
          zstd.run(data, "-c", "-q", "-19", "--no-check", "--stream-size=" + data.length);
      assertThat(Compression.ZSTD.decompress(sized)).isEqualTo(data);
    }
  }

  @Test
  void lz4ToolDecodesOurFrames() {
    for (byte[] data : payloads()) {
      assertThat(lz4.run(Compression.LZ4.compress(data), "-d", "-c", "-q"))
          .as("%d bytes", data.length)
          .isEqualTo(data);
    }
  }

  @Test
  void weDecodeLz4ToolFramesOfEveryBlockSizeWithChecksums() {
    for (byte[] data : payloads()) {
      // Defaults: independent blocks and a content checksum.
      for (String blocks : List.of("-B4", "-B5", "-B6", "-B7")) {
        assertThat(Compression.LZ4.decompress(lz4.run(data, "-c", "-q", blocks)))
            .as("%d bytes, %s", data.length, blocks)
            .isEqualTo(data);
      }
      byte[] blockChecksums = lz4.run(data, "-c", "-q", "-B4", "-BX", "--no-frame-crc");
      assertThat(Compression.LZ4.decompress(blockChecksums)).isEqualTo(data);
    }
  }

  @Test
  void weDecodeAnLz4FrameWithSeveral4MiBBlocks() {
    byte[] data = Payloads.of(Payloads.Kind.JSON, 9 * MIB + 123, 42);
    byte[] frame = lz4.run(data, "-c", "-q", "-B7");
    assertThat(frame[5] & 0xff).as("BD: 4 MiB blocks").isEqualTo(0x70);
    assertThat(Compression.LZ4.decompress(frame)).isEqualTo(data);
    assertThat(lz4.run(Compression.LZ4.compress(data), "-d", "-c", "-q")).isEqualTo(data);
  }

  @Test
  void lz4FramesWithLinkedBlocksAreRejectedNotMisread() {
    byte[] data = Payloads.of(Payloads.Kind.JSON, 200_000, 7);
    // Linked 64 KiB blocks (with 4 MiB blocks, an input of one block is written independent).
    byte[] frame = lz4.run(data, "-c", "-q", "-B4", "-BD");
    assertThat(frame[4] & 0x20).as("independent blocks flag").isZero();
    assertThatThrownBy(() -> Compression.LZ4.decompress(frame))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("linked blocks");
  }

  @Test
  void pythonSnappyDecodesOurStreams() {
    for (byte[] data : payloads()) {
      assertThat(python.run(Compression.SNAPPY.compress(data), snappyScript, "d"))
          .as("%d bytes", data.length)
          .isEqualTo(data);
    }
  }

  @Test
  void weDecodePythonSnappyStreams() {
    for (byte[] data : payloads()) {
      assertThat(Compression.SNAPPY.decompress(python.run(data, snappyScript, "c")))
          .as("%d bytes", data.length)
          .isEqualTo(data);
    }
  }
}
