package io.tributary.examples.postgressink;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.ConsumerRecord;
import io.tributary.examples.postgressink.RowMapping.BadRecordException;
import io.tributary.examples.postgressink.TableInfo.Column;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Records that are SQL operations, as InfinyOn's sql-sink reads them (and its json-sql SmartModule
 * writes them): {@code {"Insert":{"table":T,"values":[{"column":C,"raw_value":V,
 * "type":"Int"},…]}}}, or {@code "Upsert"} with {@code "uniq_idx"}, the unique column(s) the
 * conflict is on (comma-separated). Each value is cast to its type in SQL ({@code CAST(? AS
 * integer)}), so a raw value the type rejects is the database's error, as in sql-sink. Tables and
 * columns are looked up in the catalog and quoted as the database names them: a record naming one
 * the database lacks is a bad record, not SQL.
 */
final class SqlOperations implements Rows {
  private static final JSON PARSER = JSON.std.with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern TABLE =
      Pattern.compile(PostgresSinkOptions.NAME + "(?:\\." + PostgresSinkOptions.NAME + ")?");

  /** The types of sql-sink's model, as parameter expressions. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("Bool", "CAST(? AS boolean)"),
          Map.entry("Char", "CAST(CAST(? AS integer) AS \"char\")"),
          Map.entry("SmallInt", "CAST(? AS smallint)"),
          Map.entry("Int", "CAST(? AS integer)"),
          Map.entry("BigInt", "CAST(? AS bigint)"),
          Map.entry("Float", "CAST(? AS real)"),
          Map.entry("DoublePrecision", "CAST(? AS double precision)"),
          Map.entry("Text", "CAST(? AS text)"),
          Map.entry("Bytes", "convert_to(CAST(? AS text), 'UTF8')"),
          Map.entry("Numeric", "CAST(? AS numeric)"),
          Map.entry("Timestamp", "CAST(? AS timestamp)"),
          Map.entry("Date", "CAST(? AS date)"),
          Map.entry("Time", "CAST(? AS time)"),
          Map.entry("Uuid", "CAST(? AS uuid)"),
          Map.entry("Json", "CAST(? AS json)"));

  /** Tables already read from the catalog, by the name records give. */
  private final Map<String, TableInfo> tables = new HashMap<>();

  @Override
  public Row row(ConsumerRecord record, Connection db) throws SQLException {
    Map<String, Object> object;
    try {
      object = PARSER.mapFrom(record.value());
    } catch (IOException | RuntimeException e) {
      object = null;
    }
    if (object == null
        || object.size() != 1
        || !(object.values().iterator().next() instanceof Map<?, ?> body)) {
      throw new BadRecordException(
          record,
          "its value is not an SQL operation "
              + "({\"Insert\":{…}} or {\"Upsert\":{…}}); give --table to write JSON objects");
    }
    String kind = object.keySet().iterator().next();
    if (!kind.equals("Insert") && !kind.equals("Upsert")) {
      throw new BadRecordException(
          record, "unknown operation " + kind + " (expected Insert or Upsert)");
    }
    TableInfo table = table(record, db, body.get("table"));
    if (!(body.get("values") instanceof List<?> values) || values.isEmpty()) {
      throw new BadRecordException(record, "its " + kind + " has no \"values\" list");
    }
    List<Column> columns = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Object item : values) {
      Map<?, ?> value = item instanceof Map<?, ?> m ? m : Map.of();
      String expression = TYPES.get(String.valueOf(value.get("type")));
      if (value.get("column") == null || expression == null) {
        throw new BadRecordException(
            record,
            "a value is not {\"column\":…,\"raw_value\":…,"
                + "\"type\":…} with a type of "
                + String.join(", ", TYPES.keySet().stream().sorted().toList()));
      }
      columns.add(column(record, table, String.valueOf(value.get("column"))));
      expressions.add(expression);
      texts.add(RowMapping.text(value.get("raw_value")));
    }
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table.name())
            .append(" (")
            .append(String.join(", ", columns.stream().map(Column::quoted).toList()))
            .append(") VALUES (")
            .append(String.join(", ", expressions))
            .append(')');
    if (kind.equals("Upsert")) {
      if (!(body.get("uniq_idx") instanceof String unique) || unique.isBlank()) {
        throw new BadRecordException(
            record,
            "its Upsert has no \"uniq_idx\" (the unique " + "column or columns, comma-separated)");
      }
      List<String> key = new ArrayList<>();
      for (String name : unique.split(",")) {
        key.add(column(record, table, name.strip()).quoted());
      }
      sql.append(" ON CONFLICT (")
          .append(String.join(", ", key))
          .append(") DO UPDATE SET ")
          .append(
              String.join(
                  ", ",
                  columns.stream().map(c -> c.quoted() + " = EXCLUDED." + c.quoted()).toList()));
    }
    return new Row(sql.toString(), texts);
  }

  private TableInfo table(ConsumerRecord record, Connection db, Object name) throws SQLException {
    if (!(name instanceof String text) || !TABLE.matcher(text).matches()) {
      throw new BadRecordException(record, "its \"table\" is not a table name (" + name + ")");
    }
    TableInfo table = tables.get(text);
    if (table == null) {
      table =
          TableInfo.find(db, text)
              .orElseThrow(
                  () -> new BadRecordException(record, "no table " + text + " in the database"));
      tables.put(text, table);
    }
    return table;
  }

  private static Column column(ConsumerRecord record, TableInfo table, String name) {
    return table
        .column(name)
        .orElseThrow(
            () ->
                new BadRecordException(
                    record,
                    "table "
                        + table.name()
                        + " has no column "
                        + name
                        + " (columns: "
                        + table.columnNames()
                        + ")"));
  }
}
