package io.tributary.examples.postgressink;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.Secret;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the JSON records of a topic into a PostgreSQL table, one row per record and one
 * transaction per batch; a port of Fluvio's postgres-sink connector, which also runs the
 * configurations of InfinyOn's sql-sink.
 *
 * @param url database URL with its credentials: postgres://USER:PASSWORD@host:port/db, or a JDBC
 *     URL jdbc:postgresql://host:port/db with the parameters user and password
 * @param table table to write to, optionally with its schema (schema.table); without it, each
 *     record is an SQL operation as InfinyOn's sql-sink reads them ({"Insert":…} or {"Upsert":…},
 *     what its json-sql SmartModule writes), naming its own table
 * @param column a column and the record field it is filled from, as column=field; the field may be
 *     nested (payload.id); repeat the flag for each column; without it, each column of the table
 *     that has no default is filled from the record field of the same name
 * @param batchSize most records written in one transaction
 * @param flushInterval longest time a record waits for its batch to fill before it is written
 * @param upsertKey column of a unique key: a record whose key is already in the table updates that
 *     row instead of inserting one (INSERT ... ON CONFLICT DO UPDATE); repeat the flag for a key of
 *     several columns
 * @param backoffMin wait before reconnecting after the database connection was lost; doubled at
 *     each failed attempt (the batch in progress is written again once reconnected)
 * @param backoffMax longest wait between two reconnection attempts
 */
@Connector(name = "postgres-sink", direction = Direction.SINK)
public record PostgresSinkOptions(
    @Secret @Pattern(regexp = "(jdbc:postgresql|postgres|postgresql)://\\S+") String url,
    Optional<@Pattern(regexp = NAME + "(?:\\." + NAME + ")?") String> table,
    Map<String, @Pattern(regexp = FIELD_PATH) String> column,
    @Option(defaultValue = "100") @Positive int batchSize,
    @Option(defaultValue = "1s") Duration flushInterval,
    List<@Pattern(regexp = NAME) String> upsertKey,
    @Option(defaultValue = "1s") Duration backoffMin,
    @Option(defaultValue = "60s") Duration backoffMax) {

  /** An SQL name without quotes (PostgreSQL folds it to lower case). */
  static final String NAME = "[A-Za-z_][A-Za-z0-9_$]*";

  /** Field names joined by dots. */
  static final String FIELD_PATH = "[^.]+(?:\\.[^.]+)*";

  /** Shows every option except the URL, which holds the password. */
  @Override
  public String toString() {
    return "PostgresSinkOptions[url=****, table="
        + table.orElse("none")
        + ", column="
        + column
        + ", batchSize="
        + batchSize
        + ", flushInterval="
        + flushInterval
        + ", upsertKey="
        + upsertKey
        + ", backoffMin="
        + backoffMin
        + ", backoffMax="
        + backoffMax
        + "]";
  }
}
