package io.tributary.cli;

import io.tributary.log.TributaryLoggerFinder;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT and SIGTERM into a stop request: a flag, and an interrupt of the thread running the
 * connector, so it can return and the runtime can flush what was sent and exit 0. A connector that
 * does not return within {@link #GRACE} (one blocked in a read that ignores interrupts, such as a
 * sink's dry run waiting on standard input) is ended: what was sent is flushed first, then the
 * process exits 0 (1 if that flush failed).
 *
 * <p>A connector started by {@link ConnectorLauncher} gets no signal handlers: the launcher asks it
 * to stop, and a connector still running after the grace period is reported as stopped with that
 * code, its thread left behind, instead of ending the JVM.
 */
final class Shutdown {
  static final Duration GRACE = Duration.ofSeconds(5);
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary");

  /** The in-process shutdown of the connector about to run on this thread, if any. */
  private static final ThreadLocal<Shutdown> PRESET = new ThreadLocal<>();

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread runner;
  private final IntConsumer forcedExit; // null: halt the JVM
  private volatile Runnable lastFlush;

  private Shutdown(Thread runner, IntConsumer forcedExit) {
    this.runner = runner;
    this.forcedExit = forcedExit;
  }

  /**
   * The shutdown of a connector run in-process on {@code runner}: no signal handlers; when it has
   * to be ended after the grace period, {@code forcedExit} gets the exit code instead of the JVM
   * ending. {@code runner} uses it once it calls {@link #install}.
   */
  static Shutdown inProcess(Thread runner, IntConsumer forcedExit) {
    return new Shutdown(runner, forcedExit);
  }

  /** Makes the current thread's next {@link #install} return {@code shutdown}. */
  static void preset(Shutdown shutdown) {
    PRESET.set(shutdown);
  }

  /**
   * Installs the handlers for the connector running on {@code runner} (or returns the preset
   * in-process shutdown of this thread).
   */
  static Shutdown install(Thread runner) {
    Shutdown preset = PRESET.get();
    if (preset != null) {
      PRESET.remove();
      return preset;
    }
    // Classes and null defaults rather than lambdas: linking a lambda costs more than they do on
    // the way to a connector's first record (docs/performance.md, "First record").
    Shutdown shutdown = new Shutdown(runner, null);
    OnSignal handler = new OnSignal(shutdown);
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(name), handler);
      } catch (IllegalArgumentException e) {
        // The signal is not available on this platform (or is reserved by the JVM).
      }
    }
    return shutdown;
  }

  /** Asks the connector to stop on INT and TERM. */
  private static final class OnSignal implements SignalHandler {
    private final Shutdown shutdown;

    OnSignal(Shutdown shutdown) {
      this.shutdown = shutdown;
    }

    @Override
    public void handle(Signal signal) {
      shutdown.request();
    }
  }

  /** What to flush if the connector has to be ended after the grace period. */
  void onForcedExit(Runnable flush) {
    lastFlush = flush;
  }

  /** Asks the connector to stop. */
  void request() {
    if (requested.compareAndSet(false, true)) {
      runner.interrupt();
      Thread watchdog = new Thread(this::endIfStuck, "tributary-shutdown");
      watchdog.setDaemon(true);
      watchdog.start();
    }
  }

  /** The connector has returned: no forced exit. */
  void finished() {
    finished.countDown();
  }

  private void endIfStuck() {
    try {
      if (finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      return;
    }
    LOG.log(
        Level.WARNING,
        "the connector did not stop within "
            + GRACE.toSeconds()
            + " s of the signal; flushing and exiting");
    int code = ConnectorRunner.OK;
    try {
      Runnable flush = lastFlush;
      if (flush != null) {
        flush.run();
      }
    } catch (RuntimeException e) {
      // Records accepted by send may be lost: not a clean stop.
      LOG.log(Level.ERROR, "could not flush before exiting: " + e.getMessage());
      code = ConnectorRunner.FAILED;
    }
    if (forcedExit == null) {
      Runtime.getRuntime().halt(code);
    } else {
      forcedExit.accept(code);
    }
  }

  /** Whether a stop was requested. */
  boolean requested() {
    return requested.get();
  }
}
