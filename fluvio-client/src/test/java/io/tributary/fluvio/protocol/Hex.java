package io.tributary.fluvio.protocol;

import java.util.HexFormat;

/** Hex helpers for golden vectors; spaces and ellipses in vectors are ignored. */
final class Hex {
  private Hex() {}

  static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replaceAll("[\\s…]", ""));
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static String hex(ByteWriter w) {
    return hex(w.toByteArray());
  }
}
