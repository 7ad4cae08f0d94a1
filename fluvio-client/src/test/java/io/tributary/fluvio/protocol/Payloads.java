package io.tributary.fluvio.protocol;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Test payloads of a given size and kind, reproducible from a seed. */
final class Payloads {
  /** What the bytes look like, which decides how well they compress. */
  enum Kind {
    /** Random bytes: incompressible, so codecs store blocks uncompressed. */
    RANDOM,
    /** JSON records with varying fields: what connectors carry. */
    JSON,
    /** Long runs of a few bytes: compresses extremely well. */
    RUNS
  }

  private Payloads() {}

  static byte[] of(Kind kind, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] out = new byte[size];
    switch (kind) {
      case RANDOM -> random.nextBytes(out);
      case JSON -> {
        int pos = 0;
        for (int i = 0; pos < size; i++) {
          byte[] rec = json(i, random).getBytes(StandardCharsets.UTF_8);
          int n = Math.min(rec.length, size - pos);
          System.arraycopy(rec, 0, out, pos, n);
          pos += n;
        }
      }
      case RUNS -> {
        int pos = 0;
        while (pos < size) {
          int n = Math.min(size - pos, 1 + random.nextInt(5000));
          byte b = (byte) random.nextInt(4);
          for (int i = 0; i < n; i++) {
            out[pos++] = b;
          }
        }
      }
    }
    return out;
  }

  /** One JSON record like a source connector produces. */
  static String json(int i, SplittableRandom random) {
    return "{\"id\":"
        + i
        + ",\"sensor\":\"sensor-"
        + random.nextInt(50)
        + "\",\"temperature\":"
        + (random.nextInt(4000) / 100.0)
        + ",\"status\":\""
        + (random.nextBoolean() ? "ok" : "degraded")
        + "\",\"ts\":\"2026-12-03T10:"
        + (10 + random.nextInt(50))
        + ":"
        + (10 + random.nextInt(50))
        + "Z\"}\n";
  }
}
