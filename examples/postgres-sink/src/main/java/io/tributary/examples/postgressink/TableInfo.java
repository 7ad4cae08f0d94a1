package io.tributary.examples.postgressink;

import io.tributary.InvalidOptionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table as the database knows it, read from the catalog when the sink starts, so that {@code
 * --column} and {@code --upsert-key} are checked against real columns, and only names the database
 * gave (quoted) reach the SQL the sink writes.
 *
 * @param name the table's name as PostgreSQL prints it ({@code events}, {@code audit."Log"})
 * @param columns its columns, in order
 */
record TableInfo(String name, List<Column> columns) {
  /**
   * A column.
   *
   * @param name its name
   * @param automatic whether the database fills it by itself (a default, identity, generated)
   */
  record Column(String name, boolean automatic) {
    /** The name quoted for SQL. */
    String quoted() {
      return '"' + name.replace("\"", "\"\"") + '"';
    }
  }

  private static final String COLUMNS =
      "SELECT attname, atthasdef OR attidentity <> '' OR "
          + "attgenerated <> '' FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0 "
          + "AND NOT attisdropped ORDER BY attnum";

  /**
   * Reads {@code table} (as written in {@code --table}: resolved like an unquoted name in SQL).
   *
   * @throws InvalidOptionException naming {@code --table} when there is no such table
   */
  static TableInfo load(Connection db, String table) throws SQLException {
    Optional<TableInfo> found = find(db, table);
    if (found.isEmpty()) {
      String path = searchPath(db);
      db.rollback();
      throw new InvalidOptionException(
          "--table", "no table " + table + " in the database (search_path: " + path + ")");
    }
    db.commit();
    return found.get();
  }

  /**
   * Reads {@code table} within the transaction in progress (resolved like an unquoted name in SQL);
   * empty when there is no such table.
   */
  static Optional<TableInfo> find(Connection db, String table) throws SQLException {
    String name;
    try (PreparedStatement s = db.prepareStatement("SELECT to_regclass(?)::text")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        name = r.getString(1);
      }
    }
    if (name == null) {
      return Optional.empty();
    }
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(COLUMNS)) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          columns.add(new Column(r.getString(1), r.getBoolean(2)));
        }
      }
    }
    return Optional.of(new TableInfo(name, List.copyOf(columns)));
  }

  private static String searchPath(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SHOW search_path");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getString(1);
    }
  }

  /** The column named {@code name}: exactly, or as PostgreSQL folds an unquoted name. */
  Optional<Column> column(String name) {
    return columns.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .or(
            () ->
                columns.stream()
                    .filter(c -> c.name().equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst());
  }

  /** The names of the columns, for messages. */
  String columnNames() {
    return String.join(", ", columns.stream().map(Column::name).toList());
  }
}
