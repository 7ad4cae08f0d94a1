package io.tributary.examples.postgressink;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.ConnectorHarness;
import io.tributary.testkit.RunningConnector;
import io.tributary.testkit.TestClusterExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connector run in-process as its jar runs: records fed to a topic of the test cluster ->
 * postgres-sink -> a real PostgreSQL.
 */
class PostgresSinkHarnessTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  static Postgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = Postgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static List<String> rows(String sql) throws Exception {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        rows.add(r.getString(1));
      }
      return rows;
    }
  }

  private static void execute(String sql) throws Exception {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Waits until the table has {@code count} rows, failing fast if the sink exits. */
  private static void awaitRows(String table, int count, RunningConnector sink) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (Integer.parseInt(rows("SELECT count(*) FROM " + table).get(0)) < count) {
      assertThat(sink.isRunning()).as(sink.errors()).isTrue();
      assertThat(System.nanoTime()).as("%s rows within %s", count, WAIT).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void everyRecordIsOneRowInOrderAndAStopWritesTheLastBatch() throws Exception {
    execute("CREATE TABLE readings (seq bigserial, n int NOT NULL, label text)");
    fluvio.cluster().createTopic("pg-harness", 1);
    try (RunningConnector sink =
        ConnectorHarness.fromClassPath()
            .cluster(fluvio.cluster())
            .env("RUST_LOG", "info")
            .start(
                "--fluvio-topic",
                "pg-harness",
                "--offset-start",
                "beginning",
                "--url",
                postgres.jdbcUrl(),
                "--table",
                "readings",
                "--batch-size",
                "4")) {
      for (int n = 1; n <= 10; n++) {
        sink.feed(null, "{\"n\":" + n + ",\"label\":\"r" + n + "\"}");
      }
      awaitRows("readings", 8, sink); // two full batches
      assertThat(sink.stop()).isZero(); // the last, incomplete batch is written too
      assertThat(rows("SELECT n || ':' || label FROM readings ORDER BY seq"))
          .containsExactly(
              "1:r1", "2:r2", "3:r3", "4:r4", "5:r5", "6:r6", "7:r7", "8:r8", "9:r9", "10:r10");
      assertThat(sink.errors())
          .contains("wrote 10 records to readings")
          .doesNotContain(postgres.jdbcUrl());
    }
  }

  @Test
  void aTableWithoutTheRecordsFieldsIsReportedBeforeAnyRecordIsRead() throws Exception {
    execute("CREATE TABLE other (id int NOT NULL)");
    fluvio.cluster().createTopic("pg-other", 1);
    RunningConnector sink =
        ConnectorHarness.fromClassPath()
            .cluster(fluvio.cluster())
            .run(
                WAIT,
                "--fluvio-topic",
                "pg-other",
                "--url",
                postgres.jdbcUrl(),
                "--table",
                "other",
                "--column",
                "missing=n");
    assertThat(sink.exitCode()).as(sink.errors()).hasValue(2);
    assertThat(sink.errors()).contains("--column: table other has no column missing");
  }
}
