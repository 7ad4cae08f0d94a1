package io.tributary.examples.postgressink;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Connecting to the database again after a connection failure, as InfinyOn's sql-sink does: the
 * waits grow by half from {@code --backoff-min}; once the next one would reach {@code
 * --backoff-max}, the sink gives up. Only failures of the connection itself are retried (SQL
 * states 08…, and the server shutting down); a wrong password or database is not.
 */
final class Backoff {
  private static final Logger LOG = System.getLogger("postgres-sink");

  private final DatabaseUrl url;
  private final Duration min;
  private final Duration max;

  Backoff(DatabaseUrl url, Duration min, Duration max) {
    this.url = url;
    this.min = min;
    this.max = max;
  }

  /** Whether an error means the connection is gone (and connecting again may help). */
  static boolean connectionLost(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A connection, trying again while connecting fails for a reason {@link #connectionLost}
   * accepts.
   *
   * @throws SQLException the last failure, when the next wait would reach the maximum
   * @throws InterruptedException when stopped while waiting
   */
  Connection connect() throws SQLException, InterruptedException {
    Duration wait = min;
    while (true) {
      try {
        return url.connect();
      } catch (SQLException e) {
        if (!connectionLost(e) || wait.compareTo(max) >= 0) {
          throw e;
        }
        Duration next = wait;
        LOG.log(Level.WARNING, () -> e.getMessage() + "; connecting again in " + next.toMillis()
            + " ms");
        Thread.sleep(wait.toMillis());
        long nanos = wait.toNanos();
        wait = Duration.ofNanos(Math.max((long) (nanos * 1.5), nanos + 1_000_000));
      }
    }
  }
}
