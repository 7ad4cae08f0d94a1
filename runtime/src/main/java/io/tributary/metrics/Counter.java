package io.tributary.metrics;

import java.util.concurrent.atomic.LongAdder;

/**
 * A count that only goes up. {@link #increment()} and {@link #add(long)} are a {@link LongAdder}
 * update: cheap enough for the per-record path, even from several threads.
 */
public final class Counter {
  private final LongAdder value = new LongAdder();

  Counter() {}

  /** Adds one. */
  public void increment() {
    value.increment();
  }

  /** Adds {@code amount} (0 or more). */
  public void add(long amount) {
    value.add(amount);
  }

  /** The current count. */
  public long get() {
    return value.sum();
  }
}
