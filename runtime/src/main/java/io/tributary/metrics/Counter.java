package io.tributary.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * A count that only goes up, cheap enough for the per-record path. The first thread that counts
 * owns the counter: its {@link #add(long)} is a plain addition published with an opaque write (no
 * locked instruction, no fence), which is all the per-record path of a connector pays, since a
 * source's records are sent and a sink's records taken from one thread. Any other thread counts
 * into a {@link LongAdder}. {@link #get()} adds both; a scrape may see a count a few records
 * behind, never a torn or lost one.
 */
public final class Counter {
  private static final VarHandle OWNED;
  private static final VarHandle OWNER;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      OWNED = lookup.findVarHandle(Counter.class, "owned", long.class);
      OWNER = lookup.findVarHandle(Counter.class, "owner", Thread.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile Thread owner;

  @SuppressWarnings("unused") // read and written through OWNED
  private long owned;

  private final LongAdder others = new LongAdder();

  Counter() {}

  /** Adds one. */
  public void increment() {
    add(1);
  }

  /** Adds {@code amount} (0 or more). */
  public void add(long amount) {
    if (Thread.currentThread() == owner) {
      OWNED.setOpaque(this, (long) OWNED.get(this) + amount); // only the owner writes it
    } else {
      addShared(amount);
    }
  }

  private void addShared(long amount) {
    if (owner == null && OWNER.compareAndSet(this, null, Thread.currentThread())) {
      OWNED.setOpaque(this, (long) OWNED.get(this) + amount);
    } else {
      others.add(amount);
    }
  }

  /** The current count. */
  public long get() {
    return (long) OWNED.getOpaque(this) + others.sum();
  }
}
