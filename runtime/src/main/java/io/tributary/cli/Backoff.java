package io.tributary.cli;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits before a retry: {@code base} before the first, doubling each attempt up to {@link
 * #CAP_FACTOR} times {@code base}, with "equal jitter" (a random wait between half the delay and
 * the delay), so connectors retrying together spread out.
 */
final class Backoff {
  static final int CAP_FACTOR = 60;

  private final Duration base;

  Backoff(Duration base) {
    this.base = base;
  }

  /** The longest wait before attempt {@code attempt} (1 for the first retry). */
  Duration ceiling(int attempt) {
    long baseMillis = Math.max(1, base.toMillis());
    long factor = attempt >= 7 ? CAP_FACTOR : Math.min(CAP_FACTOR, 1L << (attempt - 1));
    return Duration.ofMillis(baseMillis * factor);
  }

  /** A jittered wait before attempt {@code attempt}: between half the ceiling and the ceiling. */
  Duration delay(int attempt) {
    long max = ceiling(attempt).toMillis();
    return Duration.ofMillis(max / 2 + ThreadLocalRandom.current().nextLong(max - max / 2 + 1));
  }
}
