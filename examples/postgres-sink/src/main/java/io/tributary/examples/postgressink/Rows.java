package io.tributary.examples.postgressink;

import io.tributary.ConsumerRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What a record becomes in the database: one statement and its parameters. */
interface Rows {
  /**
   * The statement that writes {@code record}, with its parameters as text.
   *
   * @param db the connection of the transaction in progress, to read the catalog with
   * @throws RowMapping.BadRecordException when the record cannot be written
   */
  Row row(ConsumerRecord record, Connection db) throws SQLException;

  /**
   * A statement and the values of its parameters, in order.
   *
   * @param sql the statement, with one {@code ?} per value
   * @param values the values as text (PostgreSQL converts them), {@code null} for NULL
   */
  record Row(String sql, List<String> values) {}
}
