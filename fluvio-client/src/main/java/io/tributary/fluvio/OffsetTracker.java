package io.tributary.fluvio;

/**
 * The offsets of one partition of a consumer, as Fluvio's {@code OffsetLocalStore}: the last offset
 * handed to the application ({@code seen}), the last one committed, and the last one the cluster
 * confirmed storing ({@code flushed}); each -1 until set. Thread-safe.
 */
final class OffsetTracker {
  private long seen = -1;
  private long committed = -1;
  private long flushed = -1;

  /** A record at {@code offset} was handed to the application. */
  synchronized void seen(long offset) {
    seen = Math.max(seen, offset);
  }

  /** Commits everything handed out so far. */
  synchronized void commitSeen() {
    committed = Math.max(committed, seen);
  }

  /**
   * Commits up to and including {@code offset}.
   *
   * @throws IllegalArgumentException if that record was not handed out yet
   */
  synchronized void commit(long offset) {
    if (offset > seen) {
      throw new IllegalArgumentException(
          "offset " + offset + " was not handed out yet (last: " + seen + ")");
    }
    committed = Math.max(committed, offset);
  }

  /** The committed offset to flush, or -1 when everything committed is flushed. */
  synchronized long pendingFlush() {
    return committed > flushed ? committed : -1;
  }

  /** The cluster stored {@code offset}. */
  synchronized void flushed(long offset) {
    flushed = Math.max(flushed, offset);
  }

  synchronized long seen() {
    return seen;
  }

  synchronized long committed() {
    return committed;
  }

  synchronized long flushed() {
    return flushed;
  }

  @Override
  public synchronized String toString() {
    return "seen " + seen + ", committed " + committed + ", flushed " + flushed;
  }
}
