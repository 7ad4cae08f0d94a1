package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import io.tributary.RecordException;
import io.tributary.RecordStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes batches of records, each in one transaction, over a connection it re-opens when lost.
 *
 * <ul>
 *   <li>A batch is first sent whole: one COPY (PostgreSQL's bulk load, several times faster than
 *       INSERTs; sent in autocommit, so the statement is the transaction and no COMMIT follows it),
 *       or with {@code --upsert-key} one batch of INSERT … ON CONFLICT statements. When the
 *       database rejects a row, the batch is rolled back and written again row by row (INSERTs),
 *       each row behind a savepoint: a rejected row is rolled back alone and handed to {@link
 *       RecordStream#failed}, so the runtime's {@code --on-record-error} decides — dead-letter or
 *       discard it and go on with the batch, or halt, which rolls the whole batch back.
 *   <li>A lost connection (SQLSTATE class 08, or 57P: the server shut down) is not a record's
 *       fault: the transaction is gone, so the writer reconnects, waiting {@code --backoff-min},
 *       doubling up to {@code --backoff-max} with jitter, and writes the whole batch again. Nothing
 *       is committed twice unless the connection is lost between the server committing and the
 *       client hearing of it; {@code --upsert-key} makes even that harmless.
 * </ul>
 */
final class BatchWriter implements AutoCloseable {
  private static final Logger LOG = System.getLogger("postgres-sink");

  /** How many bytes of COPY rows are sent at a time. */
  private static final int COPY_CHUNK = 64 * 1024;

  private final DatabaseUrl url;
  private final Rows rows;
  private final Duration backoffMin;
  private final Duration backoffMax;

  /** The statements prepared on {@link #db}, by their SQL. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private Connection db;

  BatchWriter(DatabaseUrl url, Connection db, Rows rows, Duration backoffMin, Duration backoffMax) {
    this.url = url;
    this.rows = rows;
    this.backoffMin = backoffMin;
    this.backoffMax = backoffMax;
    this.db = db;
  }

  /**
   * Writes and commits a batch, minus the rows the policy let go; returns the rows written.
   *
   * @param prepared the batch's COPY rows made by {@link #prepare}; null when the batch is not
   *     loaded with COPY or one of its records cannot be written
   * @throws IllegalStateException when the policy halts on a row (the batch is rolled back)
   * @throws InterruptedException when asked to stop while waiting to reconnect
   */
  int write(List<ConsumerRecord> batch, CopyRows prepared, RecordStream records)
      throws SQLException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        if (db == null) {
          db = url.connect();
          LOG.log(Level.INFO, "reconnected to the database");
        }
        return whole(batch, prepared) ? batch.size() : rowByRow(batch, records);
      } catch (SQLException e) {
        if (!lost(e)) {
          throw e;
        }
        drop();
        long wait = delay(attempt);
        LOG.log(
            Level.WARNING,
            "lost the database connection ("
                + url.masked(e.getMessage())
                + "); writing the records at offsets "
                + batch.get(0).offset()
                + " to "
                + batch.get(batch.size() - 1).offset()
                + " again in "
                + wait
                + " ms");
        Thread.sleep(wait);
      }
    }
  }

  /**
   * Sends the batch in one go and commits: into a table without an upsert key one COPY
   * (PostgreSQL's bulk load), else one round trip per run of records with the same statement (one,
   * unless records are SQL operations on several tables); false (rolled back) when a row was
   * rejected.
   */
  private boolean whole(List<ConsumerRecord> batch, CopyRows prepared) throws SQLException {
    try {
      if (rows instanceof RowMapping mapping && mapping.copySql() != null) {
        if (prepared == null) {
          return false; // prepare met a record that cannot be written: nothing sent, row by row
        }
        // One COPY is one statement: in autocommit it is its own transaction, committed when it
        // completes (one round trip less than COMMIT after it), rolled back whole when it fails.
        db.setAutoCommit(true);
        try {
          copy(mapping.copySql(), prepared);
        } finally {
          db.setAutoCommit(false);
        }
        return true;
      } else {
        PreparedStatement pending = null;
        for (ConsumerRecord record : batch) {
          PreparedStatement statement = bind(record);
          if (pending != null && pending != statement) {
            pending.executeBatch();
          }
          statement.addBatch();
          pending = statement;
        }
        if (pending != null) {
          pending.executeBatch();
        }
      }
      db.commit();
      return true;
    } catch (SQLException e) {
      if (lost(e)) {
        throw e;
      }
      undo();
      return false;
    } catch (RowMapping.BadRecordException e) {
      undo();
      return false;
    }
  }

  /**
   * The rows of {@code batch} for its COPY, made ahead (on another thread than the one writing,
   * while an earlier batch is written); null when batches are not loaded with COPY or a record
   * cannot be written (then {@link #write} goes row by row, finds it again and hands it to the
   * policy).
   *
   * @param into where to make them; not in use by a write in progress
   */
  CopyRows prepare(List<ConsumerRecord> batch, CopyRows into) {
    if (!(rows instanceof RowMapping mapping) || mapping.copySql() == null) {
      return null;
    }
    into.clear();
    try {
      for (ConsumerRecord record : batch) {
        mapping.addTo(into, record);
      }
    } catch (RowMapping.BadRecordException e) {
      return null;
    }
    return into;
  }

  /** Loads rows with one COPY, sent in chunks; a failure cancels the COPY. */
  private void copy(String sql, CopyRows data) throws SQLException {
    CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      for (int from = 0; from < data.length(); from += COPY_CHUNK) {
        copy.writeToCopy(data.buffer(), from, Math.min(COPY_CHUNK, data.length() - from));
      }
      copy.endCopy();
    } catch (SQLException | RuntimeException e) {
      if (copy.isActive()) {
        try {
          copy.cancelCopy();
        } catch (SQLException cancel) {
          e.addSuppressed(cancel); // the rollback that follows reports a lost connection
        }
      }
      throw e;
    }
  }

  private void undo() throws SQLException {
    for (PreparedStatement statement : statements.values()) {
      statement.clearBatch();
    }
    db.rollback();
  }

  /** Writes each row behind a savepoint, handing a rejected one to the policy. */
  private int rowByRow(List<ConsumerRecord> batch, RecordStream records)
      throws SQLException, InterruptedException {
    int written = 0;
    for (ConsumerRecord record : batch) {
      boolean again = true;
      while (again) {
        Savepoint savepoint = db.setSavepoint();
        try {
          bind(record).executeUpdate();
          db.releaseSavepoint(savepoint);
          written++;
          again = false;
        } catch (SQLException e) {
          if (lost(e)) {
            throw e;
          }
          db.rollback(savepoint);
          again = rejected(batch, records, record, e);
        } catch (RowMapping.BadRecordException e) {
          db.rollback(savepoint);
          again = rejected(batch, records, record, e);
        }
      }
    }
    db.commit();
    return written;
  }

  /** Asks the policy about a rejected row: true to write it again; halting rolls back. */
  private boolean rejected(
      List<ConsumerRecord> batch, RecordStream records, ConsumerRecord record, Exception cause)
      throws SQLException, InterruptedException {
    String message = url.masked(describe(cause));
    try {
      return records.failed(new RecordException(record, false, cause));
    } catch (RecordException halt) {
      db.rollback();
      throw new IllegalStateException(
          "the records at offsets "
              + batch.get(0).offset()
              + " to "
              + batch.get(batch.size() - 1).offset()
              + " were not written (rolled back): "
              + message,
          cause);
    }
  }

  /** The record's statement, its parameters set. */
  private PreparedStatement bind(ConsumerRecord record) throws SQLException {
    Rows.Row row = rows.row(record, db);
    PreparedStatement statement = statements.get(row.sql());
    if (statement == null) {
      statement = db.prepareStatement(row.sql());
      statements.put(row.sql(), statement);
    }
    List<String> values = row.values();
    for (int i = 0; i < values.size(); i++) {
      statement.setString(i + 1, values.get(i));
    }
    return statement;
  }

  /** Whether the connection is gone (the server refused, crashed or shut down). */
  static boolean lost(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
        return true;
      }
      if (t instanceof BatchUpdateException b
          && b.getNextException() != null
          && b.getNextException() != t
          && lost(b.getNextException())) {
        return true;
      }
    }
    return false;
  }

  private long delay(int attempt) {
    long max = Math.min(backoffMax.toMillis(), backoffMin.toMillis() << Math.min(attempt - 1, 20));
    return max / 2 + ThreadLocalRandom.current().nextLong(max - max / 2 + 1);
  }

  private void drop() {
    try {
      if (db != null) {
        db.close();
      }
    } catch (SQLException ignored) {
      // already broken
    }
    db = null;
    statements.clear();
  }

  /** The database's own message (a batch error hides it behind a generic one). */
  static String describe(Exception e) {
    if (e instanceof BatchUpdateException b && b.getNextException() != null) {
      return b.getNextException().getMessage();
    }
    return e.getMessage();
  }

  @Override
  public void close() {
    drop();
  }
}
