package io.tributary.examples.postgressink;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.ConsumerRecord;
import io.tributary.examples.postgressink.RowMapping.BadRecordException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A record written as an SQL operation, the form InfinyOn's sql-sink writes and its {@code
 * json-sql} SmartModule produces: {@code {"Insert":{"table":"t","values":[{"column":"c",
 * "raw_value":"1","type":"Int"}]}}}, or {@code "Upsert"} with {@code "uniq_idx"}, the column of
 * the unique key. Used when no {@code --table} is given. Each value is bound as text and cast
 * to its type in the statement ({@code ?::integer}).
 *
 * @param sql the statement
 * @param values the parameters, in order
 */
record SqlOperation(String sql, List<String> values) {
  private static final Pattern NAME = Pattern.compile(PostgresSinkOptions.NAME + "(?:\\."
      + PostgresSinkOptions.NAME + ")?");
  /** The SQL type of each type name of sql-sink's model. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("Bool", "boolean"), Map.entry("Char", "char"), Map.entry("SmallInt", "smallint"),
      Map.entry("Int", "integer"), Map.entry("BigInt", "bigint"), Map.entry("Float", "real"),
      Map.entry("DoublePrecision", "double precision"), Map.entry("Text", "text"),
      Map.entry("Bytes", "bytea"), Map.entry("Numeric", "numeric"),
      Map.entry("Timestamp", "timestamp"), Map.entry("Date", "date"), Map.entry("Time", "time"),
      Map.entry("Uuid", "uuid"), Map.entry("Json", "jsonb"));

  /**
   * The operation a record holds.
   *
   * @throws BadRecordException when it is not one
   */
  static SqlOperation of(ConsumerRecord record) {
    Map<String, Object> object;
    try {
      object = JSON.std.mapFrom(record.value());
    } catch (IOException | RuntimeException e) {
      object = null;
    }
    if (object == null || object.size() != 1
        || !(object.values().iterator().next() instanceof Map<?, ?> body)) {
      throw new BadRecordException(record, "its value is not an SQL operation "
          + "{\"Insert\":{\"table\":…,\"values\":[…]}} or {\"Upsert\":{…,\"uniq_idx\":…}} "
          + "(give --table to write JSON objects instead)");
    }
    String kind = object.keySet().iterator().next();
    if (!kind.equals("Insert") && !kind.equals("Upsert")) {
      throw new BadRecordException(record, "unknown SQL operation " + kind
          + " (expected Insert or Upsert)");
    }
    String table = name(record, body.get("table"), "table");
    if (!(body.get("values") instanceof List<?> items) || items.isEmpty()) {
      throw new BadRecordException(record, "its operation has no values");
    }
    List<String> columns = new ArrayList<>();
    List<String> params = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Object item : items) {
      Map<?, ?> value = item instanceof Map<?, ?> m ? m : Map.of();
      String column = name(record, value.get("column"), "column").toLowerCase(Locale.ROOT);
      String type = TYPES.get(String.valueOf(value.get("type")));
      if (type == null) {
        throw new BadRecordException(record, "column " + column + " has the type "
            + value.get("type") + "; expected one of " + String.join(", ",
                TYPES.keySet().stream().sorted().toList()));
      }
      columns.add(column);
      params.add("?::" + type);
      values.add(value.get("raw_value") == null ? null : String.valueOf(value.get("raw_value")));
    }
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
        .append(String.join(", ", columns)).append(") VALUES (")
        .append(String.join(", ", params)).append(')');
    if (kind.equals("Upsert")) {
      String key = name(record, body.get("uniq_idx"), "uniq_idx").toLowerCase(Locale.ROOT);
      List<String> updates = columns.stream().filter(c -> !c.equals(key))
          .map(c -> c + " = EXCLUDED." + c).toList();
      sql.append(" ON CONFLICT (").append(key).append(") DO ")
          .append(updates.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", updates));
    }
    return new SqlOperation(sql.toString(), values);
  }

  private static String name(ConsumerRecord record, Object value, String what) {
    if (value instanceof String s && NAME.matcher(s).matches()) {
      return s;
    }
    throw new BadRecordException(record, "its " + what + " " + (value == null ? "is missing"
        : "'" + value + "' is not a plain SQL name"));
  }
}
