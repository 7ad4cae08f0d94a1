package io.tributary.examples.postgressink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server in a temporary folder, on a free port of 127.0.0.1, for a JUnit test;
 * started and stopped by the same helpers as the bats tests ({@code lib/postgres.bash}). Without
 * PostgreSQL installed the test is skipped, or fails when the environment variable {@code CI} is
 * {@code true}.
 */
final class Postgres implements AutoCloseable {
  private final String dir;
  private final String jdbcUrl;

  private Postgres(String dir, String jdbcUrl) {
    this.dir = dir;
    this.jdbcUrl = jdbcUrl;
  }

  static Postgres start() throws IOException, InterruptedException {
    Process bash =
        new ProcessBuilder(
                "bash",
                "-c",
                "source lib/postgres.bash && start_postgres && echo \"$PG_DIR $PG_JDBC_URL\"")
            .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (bash.waitFor() != 0) {
      boolean ci = "true".equals(System.getenv("CI"));
      Assumptions.assumeTrue(ci || !err.contains("not found"), err);
      throw new IllegalStateException("PostgreSQL did not start: " + err);
    }
    int space = out.indexOf(' ');
    return new Postgres(out.substring(0, space), out.substring(space + 1));
  }

  /** The JDBC URL with the credentials, for {@code --url}. */
  String jdbcUrl() {
    return jdbcUrl;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder(
            "bash", "-c", "source lib/postgres.bash && PG_DIR=\"$1\" && stop_postgres", "stop", dir)
        .inheritIO()
        .start()
        .waitFor();
  }
}
