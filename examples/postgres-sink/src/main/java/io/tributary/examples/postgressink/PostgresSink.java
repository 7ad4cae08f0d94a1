package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import io.tributary.InvalidOptionException;
import io.tributary.RecordStream;
import io.tributary.Sink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes each batch of records in one transaction (see {@link BatchWriter}): a row the database
 * rejects goes to the runtime's {@code --on-record-error} (halt, the default, rolls the batch back
 * and exits 1 naming the offsets; discard or a dead-letter topic lets the batch go on); a lost
 * connection is re-opened with backoff and the batch written again. Once a batch is committed,
 * {@code records.commit} tells the runtime up to which record the topic has been written: with
 * {@code --consumer-id}, that is the offset a restart resumes after. Batches are written on a
 * thread of their own ({@link WritePipeline}) while the next is read and its rows are made.
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
    if (options.table().isEmpty()) {
      String flag =
          !options.column().isEmpty()
              ? "--column"
              : !options.upsertKey().isEmpty() ? "--upsert-key" : null;
      if (flag != null) {
        throw new InvalidOptionException(
            flag,
            "needs --table (without --table each record is "
                + "an SQL operation naming its table and columns)");
      }
    }
    DatabaseUrl url = DatabaseUrl.parse(options.url());
    Connection db = url.connect();
    try (BatchWriter writer = open(url, db, options);
        WritePipeline pipeline = new WritePipeline(writer, records)) {
      BatchQueue batches =
          new BatchQueue(records, options.batchSize(), options.flushInterval(), pipeline::failed);
      long taken = 0;
      for (List<ConsumerRecord> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
        pipeline.write(batch);
        taken += batch.size();
      }
      pipeline.finish();
      long written = pipeline.written();
      long total = written;
      long letGo = taken - written;
      LOG.log(
          Level.INFO,
          () ->
              "wrote "
                  + total
                  + " records to "
                  + options.table().orElse("the tables of their SQL operations")
                  + (letGo == 0 ? "" : " (" + letGo + " let go by --on-record-error)"));
    }
  }

  private static BatchWriter open(DatabaseUrl url, Connection db, PostgresSinkOptions options)
      throws SQLException {
    try {
      if (options.table().isEmpty()) {
        LOG.log(Level.INFO, "writing the SQL operations of the records (Insert, Upsert)");
        return new BatchWriter(
            url, db, new SqlOperations(), options.backoffMin(), options.backoffMax());
      }
      TableInfo table = TableInfo.load(db, options.table().get());
      RowMapping mapping = RowMapping.of(table, options.column(), options.upsertKey());
      LOG.log(Level.INFO, () -> "writing to " + table.name() + " with " + mapping.sql());
      return new BatchWriter(url, db, mapping, options.backoffMin(), options.backoffMax());
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
