package io.tributary.examples.postgressink;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.ConsumerRecord;
import io.tributary.InvalidOptionException;
import io.tributary.examples.postgressink.TableInfo.Column;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column gets which field of a record, and the INSERT statement that writes them. Values are
 * bound as text: strings as they are, numbers and booleans as their JSON text, objects and arrays
 * as JSON (for {@code json}/{@code jsonb} columns), a missing field or {@code null} as NULL. The
 * driver sends them untyped, so PostgreSQL converts each to its column's type.
 */
final class RowMapping implements Rows {
  private static final JSON PARSER = JSON.std.with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final Map<Column, List<String>> paths;
  private final String sql;
  private final String copy;

  /** Reads the fields in one streaming pass; null when one path is inside another. */
  private final FieldReader reader;

  /** Reads a flat record without a parser; null unless every path is a top-level field. */
  private final FlatObjectScanner scanner;

  private RowMapping(Map<Column, List<String>> paths, String sql, String copy) {
    this.paths = paths;
    this.sql = sql;
    this.copy = copy;
    List<List<String>> all = List.copyOf(paths.values());
    this.reader = FieldReader.supports(all) ? new FieldReader(all) : null;
    this.scanner = FlatObjectScanner.of(all);
  }

  /**
   * The mapping of {@code --column} (or, when empty, of every column without a default to the field
   * of the same name) with the upsert key of {@code --upsert-key}.
   *
   * @throws InvalidOptionException naming the flag whose column the table lacks
   */
  static RowMapping of(TableInfo table, Map<String, String> columns, List<String> upsertKey) {
    Map<Column, List<String>> paths = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      table.columns().stream()
          .filter(c -> !c.automatic())
          .forEach(c -> paths.put(c, List.of(c.name())));
    } else {
      columns.forEach(
          (name, path) -> paths.put(find(table, name, "--column"), List.of(path.split("\\."))));
    }
    List<Column> key = new ArrayList<>();
    for (String name : upsertKey) {
      Column column = find(table, name, "--upsert-key");
      if (!paths.containsKey(column)) {
        throw new InvalidOptionException(
            "--upsert-key",
            "column "
                + column.name()
                + " is not written; add --column "
                + column.name()
                + "=FIELD");
      }
      key.add(column);
    }
    List<Column> written = List.copyOf(paths.keySet());
    return new RowMapping(
        paths,
        insert(table.name(), written, key),
        key.isEmpty() ? copy(table.name(), written) : null);
  }

  private static Column find(TableInfo table, String name, String flag) {
    return table
        .column(name)
        .orElseThrow(
            () ->
                new InvalidOptionException(
                    flag,
                    "table "
                        + table.name()
                        + " has no column "
                        + name
                        + " (columns: "
                        + table.columnNames()
                        + ")"));
  }

  private static String insert(String table, List<Column> columns, List<Column> key) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", columns.stream().map(Column::quoted).toList()))
            .append(") VALUES (")
            .append(String.join(", ", columns.stream().map(c -> "?").toList()))
            .append(')');
    if (!key.isEmpty()) {
      List<String> updates =
          columns.stream()
              .filter(c -> !key.contains(c))
              .map(c -> c.quoted() + " = EXCLUDED." + c.quoted())
              .toList();
      sql.append(" ON CONFLICT (")
          .append(String.join(", ", key.stream().map(Column::quoted).toList()))
          .append(") DO ")
          .append(updates.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", updates));
    }
    return sql.toString();
  }

  private static String copy(String table, List<Column> columns) {
    return "COPY "
        + table
        + " ("
        + String.join(", ", columns.stream().map(Column::quoted).toList())
        + ") FROM STDIN";
  }

  /**
   * The COPY statement that loads the same columns as {@link #sql()} from rows in COPY's text
   * format ({@link CopyRows}), or null with an upsert key (COPY cannot resolve conflicts).
   */
  String copySql() {
    return copy;
  }

  /** The INSERT statement, with one parameter per column. */
  String sql() {
    return sql;
  }

  @Override
  public Row row(ConsumerRecord record, Connection db) {
    return new Row(sql, values(record));
  }

  /**
   * Adds the row of {@code record} to a COPY's rows: straight from its bytes when it is a flat
   * object {@link FlatObjectScanner} reads, else from {@link #values}.
   *
   * @throws BadRecordException when its value is not a JSON object
   */
  void addTo(CopyRows rows, ConsumerRecord record) {
    if (scanner == null || !rows.add(scanner, record.value())) {
      rows.add(values(record));
    }
  }

  /**
   * The column values of {@code record}, in the order of {@link #sql()}.
   *
   * @throws BadRecordException when its value is not a JSON object
   */
  List<String> values(ConsumerRecord record) {
    if (reader != null) {
      String[] values = reader.read(record.value());
      if (values == null) {
        throw new BadRecordException(record, "its value is not a JSON object");
      }
      return Arrays.asList(values);
    }
    Map<String, Object> object;
    try {
      object = PARSER.mapFrom(record.value());
    } catch (IOException | RuntimeException e) {
      object = null;
    }
    if (object == null) {
      throw new BadRecordException(record, "its value is not a JSON object");
    }
    List<String> values = new ArrayList<>(paths.size());
    for (List<String> path : paths.values()) {
      values.add(text(field(object, path)));
    }
    return values;
  }

  private static Object field(Map<String, Object> object, List<String> path) {
    Object value = object;
    for (String name : path) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(name);
    }
    return value;
  }

  static String text(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Map || value instanceof List) {
      try {
        return JSON.std.asString(value);
      } catch (IOException e) {
        throw new IllegalStateException("writing to memory cannot fail", e);
      }
    }
    return value.toString(); // Integer, Long, BigInteger, Boolean
  }

  /** A record the sink cannot write. */
  static final class BadRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRecordException(ConsumerRecord record, String why) {
      super("the record at offset " + record.offset() + " cannot be written: " + why);
    }
  }
}
