package io.tributary.cli;

/**
 * Stores a sink's commits in the background: {@link #request} returns at once and a thread of its
 * own runs the flush (which waits for the cluster's answer), so the sink goes on with its next
 * batch meanwhile. Requests made while a flush runs are served by one more flush, which stores the
 * latest commit. A failed flush is thrown to the sink by its next request, like a flush it made
 * itself; {@link #stop} waits for a flush in progress or requested.
 */
final class OffsetFlusher {
  private final Runnable flush;
  private final Thread thread;
  private boolean requested;
  private boolean stopped;
  private RuntimeException failure;

  OffsetFlusher(Runnable flush, String name) {
    this.flush = flush;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Asks for a flush.
   *
   * @throws RuntimeException the failure of an earlier flush, not reported yet
   */
  synchronized void request() {
    RuntimeException earlier = failure;
    if (earlier != null) {
      failure = null;
      throw earlier;
    }
    requested = true;
    notifyAll();
  }

  private void run() {
    while (true) {
      synchronized (this) {
        while (!requested && !stopped) {
          try {
            wait();
          } catch (InterruptedException e) {
            return; // nobody interrupts it but the JVM's end
          }
        }
        if (!requested) {
          return;
        }
        requested = false;
      }
      try {
        flush.run();
      } catch (RuntimeException e) {
        synchronized (this) {
          failure = e;
        }
      }
    }
  }

  /** Serves what was requested, then ends the thread; waits for it at most {@code millis}. */
  void stop(long millis) throws InterruptedException {
    synchronized (this) {
      stopped = true;
      notifyAll();
    }
    thread.join(millis);
  }
}
