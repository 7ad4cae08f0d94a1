package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import io.tributary.RecordStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes batches on a thread of its own, so that the sink's thread reads the next batch from the
 * topic and makes its COPY rows while the database loads and commits the previous one. One batch is
 * written at a time, in order: {@link #write} first waits for the batch before. The writer thread
 * commits each batch's records to the stream ({@link RecordStream#commit}) once the database
 * committed it, and hands rejected rows to the policy ({@link RecordStream#failed}); a failure (the
 * policy halting, an SQL error) is thrown by the next {@link #write} or by {@link #finish}.
 *
 * <p>A stop request (an interrupt of the sink's thread while it waits for the writer) is passed on
 * to the writer thread, where it ends a wait (to reconnect, or to retry a record), as it did on the
 * sink's own thread; the database driver's reads and writes do not heed it.
 */
final class WritePipeline implements AutoCloseable {
  private final BatchWriter writer;
  private final RecordStream records;
  private final ExecutorService executor;
  private final CopyRows[] buffers = {new CopyRows(), new CopyRows()};
  private static final long STOP_STEP_MILLIS = 100;

  private volatile Thread thread;
  private volatile boolean failed;
  private Future<Integer> inFlight;
  private int turn;
  private long written;

  WritePipeline(BatchWriter writer, RecordStream records) {
    this.writer = writer;
    this.records = records;
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "postgres-sink-writer");
              t.setDaemon(true);
              thread = t;
              return t;
            });
  }

  /**
   * Makes the batch's rows, waits for the batch before it to be written, and hands this one to the
   * writer thread.
   *
   * @throws Exception the failure of the batch before
   */
  void write(List<ConsumerRecord> batch) throws Exception {
    CopyRows prepared = writer.prepare(batch, buffers[turn]); // the buffer not being written
    finish();
    turn = 1 - turn;
    ConsumerRecord last = batch.get(batch.size() - 1);
    inFlight =
        executor.submit(
            () -> {
              try {
                int count = writer.write(batch, prepared, records);
                records.commit(last);
                return count;
              } catch (Exception | Error e) {
                failed = true;
                throw e;
              }
            });
  }

  /**
   * Waits for the batch in flight, if any, to be written.
   *
   * @throws Exception its failure
   */
  void finish() throws Exception {
    Future<Integer> f = inFlight;
    if (f == null) {
      return;
    }
    inFlight = null;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          if (interrupted) {
            thread.interrupt(); // again until it ends: the batch may not have started yet
            written += f.get(STOP_STEP_MILLIS, TimeUnit.MILLISECONDS);
          } else {
            written += f.get();
          }
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (TimeoutException e) {
          // still writing: pass the stop on again
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Exception cause) {
            throw cause;
          }
          throw (Error) e.getCause();
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Whether the writer failed on a batch: the next {@link #write} or {@link #finish} throws why.
   */
  boolean failed() {
    return failed;
  }

  /** The rows written by the batches finished so far. */
  long written() {
    return written;
  }

  /** Waits for a batch still in flight (its failure is dropped: an earlier one is on its way). */
  @Override
  public void close() {
    try {
      finish();
    } catch (Exception e) {
      // a failure is already being thrown, or was
    } finally {
      executor.shutdownNow();
    }
  }
}
