package io.tributary.examples.postgressink;

import io.tributary.InvalidOptionException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * {@code --url} made ready for the PostgreSQL driver. Both the JDBC form and the {@code
 * postgres://user:password@host:port/db} form of Fluvio's postgres-sink (and of libpq) are
 * accepted. Error messages never contain the URL or the password.
 */
final class DatabaseUrl {
  private final String jdbcUrl;
  private final Properties properties;

  private DatabaseUrl(String jdbcUrl, Properties properties) {
    this.jdbcUrl = jdbcUrl;
    this.properties = properties;
  }

  /**
   * Parses {@code url}.
   *
   * @throws InvalidOptionException naming {@code --url}, without its value
   */
  static DatabaseUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
    } catch (URISyntaxException e) {
      throw new InvalidOptionException("--url", "is not a valid URL (" + e.getReason() + ")");
    }
    if (uri.getRawAuthority() == null) {
      throw new InvalidOptionException("--url", "expected postgres://USER:PASSWORD@host:port/db");
    }
    // The credentials travel as properties, never in the URL: the driver logs the URL.
    Properties properties = new Properties();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        properties.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    List<String> query = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String parameter : uri.getRawQuery().split("&")) {
        String name = parameter.substring(0, Math.max(0, parameter.indexOf('=')));
        if (name.equals("user") || name.equals("password")) {
          properties.setProperty(name, decode(parameter.substring(name.length() + 1)));
        } else {
          query.add(parameter);
        }
      }
    }
    String authority = uri.getRawAuthority();
    String jdbcUrl =
        "jdbc:postgresql://"
            + authority.substring(authority.indexOf('@') + 1)
            + Objects.requireNonNullElse(uri.getRawPath(), "")
            + (query.isEmpty() ? "" : "?" + String.join("&", query));
    if (Driver.parseURL(jdbcUrl, properties) == null) {
      throw new InvalidOptionException("--url", "is not a valid PostgreSQL URL");
    }
    // JSON strings are sent untyped, so PostgreSQL casts them to each column's type.
    properties.setProperty(PGProperty.STRING_TYPE.getName(), "unspecified");
    properties.setProperty(PGProperty.APPLICATION_NAME.getName(), "postgres-sink");
    return new DatabaseUrl(jdbcUrl, properties);
  }

  /** The URL given to the driver: without user and password. */
  String jdbcUrl() {
    return jdbcUrl;
  }

  /** A connection property, e.g. {@code user}. */
  String property(String name) {
    return properties.getProperty(name);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * A connection without auto-commit.
   *
   * @throws SQLException with a message that does not show the password
   */
  Connection connect() throws SQLException {
    try {
      Connection connection = new Driver().connect(jdbcUrl, properties);
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      throw new SQLException(
          "cannot connect to the database: " + masked(e.getMessage()), e.getSQLState());
    }
  }

  /** {@code text} with the password, if any, replaced by {@code ****}. */
  String masked(String text) {
    String password = properties.getProperty("password");
    return text == null || password == null || password.isEmpty()
        ? text
        : text.replace(password, "****");
  }
}
