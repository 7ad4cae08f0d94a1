package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import io.tributary.RecordStream;
import io.tributary.Sink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes each batch of records in one transaction: all its rows are committed, or none (a
 * failure rolls the batch back and stops the connector with exit 1, naming the offsets). Once a
 * batch is committed, {@code records.commit} tells the runtime up to which record the topic has
 * been written: with {@code --consumer-id}, that is the offset a restart resumes after.
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
    DatabaseUrl url = DatabaseUrl.parse(options.url());
    try (Connection db = url.connect()) {
      TableInfo table = TableInfo.load(db, options.table());
      RowMapping mapping = RowMapping.of(table, options.column(), options.upsertKey());
      LOG.log(Level.INFO, () -> "writing to " + table.name() + " with " + mapping.sql());
      BatchQueue batches = new BatchQueue(records, options.batchSize(), options.flushInterval());
      try (PreparedStatement insert = db.prepareStatement(mapping.sql())) {
        long written = 0;
        for (List<ConsumerRecord> batch = batches.next(); !batch.isEmpty();
            batch = batches.next()) {
          write(db, insert, mapping, batch);
          records.commit(batch.get(batch.size() - 1));
          written += batch.size();
        }
        long total = written;
        LOG.log(Level.INFO, () -> "wrote " + total + " records to " + table.name());
      }
    }
  }

  private static void write(Connection db, PreparedStatement insert, RowMapping mapping,
      List<ConsumerRecord> batch) throws SQLException {
    boolean interrupted = Thread.interrupted(); // a stop request must not abort the commit
    try {
      for (ConsumerRecord record : batch) {
        List<String> values = mapping.values(record);
        for (int i = 0; i < values.size(); i++) {
          insert.setString(i + 1, values.get(i));
        }
        insert.addBatch();
      }
      insert.executeBatch();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      insert.clearBatch();
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
}
