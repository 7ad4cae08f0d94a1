package io.tributary.smartmodule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Enforces the per-call time limit. Chicory has no fuel, but both its interpreter and its compiled
 * code stop with {@code ChicoryInterruptedException} when the running thread is interrupted. The
 * call runs on the caller's own thread (no hand-off per record); a shared daemon thread checks
 * every few milliseconds whether the current call has passed its deadline and, if so, interrupts
 * the caller. {@link #begin} and {@link #end} are cheap (an uncontended monitor each).
 *
 * <p>{@link #end} clears the interrupt it caused, so the caller's interrupt status is left as it
 * was; an interrupt that came from elsewhere is left in place.
 */
final class CallWatchdog implements AutoCloseable {
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "tributary-smartmodule-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final long limitNanos;
  private final ScheduledFuture<?> task;
  private Thread runner;
  private long deadline;
  private boolean running;
  private boolean fired;

  CallWatchdog(Duration limit) {
    this.limitNanos = limit.toNanos();
    long tickMicros = Math.max(1_000, Math.min(50_000, limit.toNanos() / 20_000));
    this.task =
        TIMER.scheduleAtFixedRate(this::check, tickMicros, tickMicros, TimeUnit.MICROSECONDS);
  }

  /** Starts timing a call made by the current thread. */
  synchronized void begin() {
    runner = Thread.currentThread();
    deadline = System.nanoTime() + limitNanos;
    running = true;
    fired = false;
  }

  /** Stops timing; returns whether the limit was hit (and the caller interrupted) meanwhile. */
  synchronized boolean end() {
    running = false;
    runner = null;
    if (fired) {
      Thread.interrupted(); // clear the interrupt the watchdog caused
      return true;
    }
    return false;
  }

  private synchronized void check() {
    if (running && !fired && System.nanoTime() - deadline > 0) {
      fired = true;
      runner.interrupt();
    }
  }

  @Override
  public void close() {
    task.cancel(false);
  }
}
