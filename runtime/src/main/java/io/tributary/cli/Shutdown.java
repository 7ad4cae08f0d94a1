package io.tributary.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Turns SIGINT and SIGTERM into a stop request: a flag, and an interrupt of the thread running
 * the connector, so it can return and the runtime can flush what was sent and exit 0.
 */
final class Shutdown {
  private final AtomicBoolean requested = new AtomicBoolean();
  private final Thread runner;

  private Shutdown(Thread runner) {
    this.runner = runner;
  }

  /** Installs the handlers for the connector running on {@code runner}. */
  static Shutdown install(Thread runner) {
    Shutdown shutdown = new Shutdown(runner);
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(name), s -> shutdown.request());
      } catch (IllegalArgumentException e) {
        // The signal is not available on this platform (or is reserved by the JVM).
      }
    }
    return shutdown;
  }

  /** Asks the connector to stop. */
  void request() {
    if (requested.compareAndSet(false, true)) {
      runner.interrupt();
    }
  }

  /** Whether a stop was requested. */
  boolean requested() {
    return requested.get();
  }
}
