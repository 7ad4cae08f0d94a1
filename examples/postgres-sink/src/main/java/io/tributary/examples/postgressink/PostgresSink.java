package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import io.tributary.InvalidOptionException;
import io.tributary.RecordStream;
import io.tributary.Sink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each batch of records in one transaction: all its rows are committed, or none (a
 * failure rolls the batch back and stops the connector with exit 1, naming the offsets). Once a
 * batch is committed, {@code records.commit} tells the runtime up to which record the topic has
 * been written: with {@code --consumer-id}, that is the offset a restart resumes after. A lost
 * connection is opened again ({@link Backoff}) and the batch written again.
 */
public final class PostgresSink implements Sink<PostgresSinkOptions> {
  private static final Logger LOG = System.getLogger("postgres-sink");

  /** Offsets follow the database's transactions: {@code --offset-strategy manual} by default. */
  @Override
  public boolean commitsOffsets() {
    return true;
  }

  @Override
  public void run(PostgresSinkOptions options, RecordStream records) throws Exception {
    if (options.table().isEmpty() && !(options.column().isEmpty()
        && options.upsertKey().isEmpty())) {
      throw new InvalidOptionException(options.column().isEmpty() ? "--upsert-key" : "--column",
          "needs --table; without it each record is an SQL operation that names its table and "
          + "columns");
    }
    DatabaseUrl url = DatabaseUrl.parse(options.url());
    Backoff backoff = new Backoff(url, options.backoffMin(), options.backoffMax());
    Connection db = backoff.connect();
    try {
      BatchWriter writer = options.table().isPresent()
          ? TableWriter.open(db, options) : new OperationWriter();
      BatchQueue batches = new BatchQueue(records, options.batchSize(), options.flushInterval());
      long written = 0;
      for (List<ConsumerRecord> batch = batches.next(); !batch.isEmpty();
          batch = batches.next()) {
        while (true) {
          try {
            write(db, writer, batch);
            break;
          } catch (ConnectionLostException e) {
            LOG.log(Level.WARNING, e.getMessage());
            closeQuietly(writer, db);
            db = backoff.connect();
            writer.reopen(db);
          }
        }
        records.commit(batch.get(batch.size() - 1));
        written += batch.size();
      }
      long total = written;
      LOG.log(Level.INFO, () -> "wrote " + total + " records " + writer.where());
      writer.close();
    } finally {
      db.close();
    }
  }

  /** Closes what belonged to a broken connection; its errors say nothing new. */
  private static void closeQuietly(BatchWriter writer, Connection db) {
    try {
      writer.close();
    } catch (SQLException ignored) {
      // the connection is gone already
    }
    try {
      db.close();
    } catch (SQLException ignored) {
      // the connection is gone already
    }
  }

  private static void write(Connection db, BatchWriter writer, List<ConsumerRecord> batch)
      throws SQLException {
    boolean interrupted = Thread.interrupted(); // a stop request must not abort the commit
    try {
      writer.write(db, batch);
      db.commit();
    } catch (SQLException | RuntimeException e) {
      writer.clear();
      if (e instanceof SQLException s && Backoff.connectionLost(s)) {
        throw new ConnectionLostException("lost the connection to the database while writing "
            + "the records at offsets " + batch.get(0).offset() + " to "
            + batch.get(batch.size() - 1).offset() + ": " + describe(e));
      }
      db.rollback();
      throw new IllegalStateException("the records at offsets " + batch.get(0).offset() + " to "
          + batch.get(batch.size() - 1).offset() + " were not written (rolled back): "
          + describe(e), e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The database's own message (a batch error hides it behind a generic one). */
  private static String describe(Exception e) {
    if (e instanceof BatchUpdateException b && b.getNextException() != null) {
      return b.getNextException().getMessage();
    }
    return e.getMessage();
  }

  /** The connection broke during a batch: connect again and write it again. */
  private static final class ConnectionLostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConnectionLostException(String message) {
      super(message);
    }
  }

  /** Writes the rows of a batch, uncommitted. */
  private interface BatchWriter {
    void write(Connection db, List<ConsumerRecord> batch) throws SQLException;

    /** Drops what a failed {@link #write} left pending. */
    void clear() throws SQLException;

    /** Where the records go, for the log: {@code to events}. */
    String where();

    /** Prepares again on a new connection. */
    void reopen(Connection db) throws SQLException;

    void close() throws SQLException;
  }

  /** {@code --table}: each record a JSON object, mapped to the table's columns. */
  private static final class TableWriter implements BatchWriter {
    private final String table;
    private final RowMapping mapping;
    private PreparedStatement insert;

    private TableWriter(String table, RowMapping mapping, PreparedStatement insert) {
      this.table = table;
      this.mapping = mapping;
      this.insert = insert;
    }

    @Override
    public String where() {
      return "to " + table;
    }

    static TableWriter open(Connection db, PostgresSinkOptions options) throws SQLException {
      TableInfo table = TableInfo.load(db, options.table().get());
      RowMapping mapping = RowMapping.of(table, options.column(), options.upsertKey());
      LOG.log(Level.INFO, () -> "writing to " + table.name() + " with " + mapping.sql());
      return new TableWriter(table.name(), mapping, db.prepareStatement(mapping.sql()));
    }

    @Override
    public void write(Connection db, List<ConsumerRecord> batch) throws SQLException {
      for (ConsumerRecord record : batch) {
        List<String> values = mapping.values(record);
        for (int i = 0; i < values.size(); i++) {
          insert.setString(i + 1, values.get(i));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }

    @Override
    public void clear() throws SQLException {
      insert.clearBatch();
    }

    @Override
    public void reopen(Connection db) throws SQLException {
      insert = db.prepareStatement(mapping.sql());
    }

    @Override
    public void close() throws SQLException {
      insert.close();
    }
  }

  /** No {@code --table}: each record an SQL operation ({@link SqlOperation}). */
  private static final class OperationWriter implements BatchWriter {
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    OperationWriter() {
      LOG.log(Level.INFO, "writing the SQL operations (Insert, Upsert) the records hold");
    }

    @Override
    public void write(Connection db, List<ConsumerRecord> batch) throws SQLException {
      for (ConsumerRecord record : batch) {
        SqlOperation operation = SqlOperation.of(record);
        PreparedStatement statement = statements.get(operation.sql());
        if (statement == null) {
          statement = db.prepareStatement(operation.sql());
          statements.put(operation.sql(), statement);
        }
        for (int i = 0; i < operation.values().size(); i++) {
          statement.setString(i + 1, operation.values().get(i));
        }
        statement.executeUpdate();
      }
    }

    @Override
    public String where() {
      return "as the SQL operations they hold";
    }

    @Override
    public void clear() {
      // each operation ran on its own; the rollback undoes them
    }

    @Override
    public void reopen(Connection db) throws SQLException {
      close();
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement s : statements.values()) {
        s.close();
      }
      statements.clear();
    }
  }
}
