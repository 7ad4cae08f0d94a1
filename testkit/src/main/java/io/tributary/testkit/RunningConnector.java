package io.tributary.testkit;

import io.tributary.cli.ConnectorLauncher;
import io.tributary.fluvio.ConsumedRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * One run of a connector started by {@link ConnectorHarness}: wait for what it produces, feed what
 * it consumes, stop it as SIGTERM would, and read its exit code, output and log lines. Closing it
 * stops the connector if it still runs.
 *
 * <p>Every wait fails fast with an {@link AssertionError} that shows the connector's exit code and
 * standard error when the connector has exited before the awaited thing happened.
 */
public final class RunningConnector implements AutoCloseable {
  /** How long {@link #stop} waits: the runtime's grace period, and some. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private final ConnectorLauncher launched;
  private final TestCluster cluster;
  private final String topic;
  private final FedInput in;
  private final CapturedStream out;
  private final CapturedStream err;

  RunningConnector(
      ConnectorLauncher launched,
      TestCluster cluster,
      String topic,
      FedInput in,
      CapturedStream out,
      CapturedStream err) {
    this.launched = launched;
    this.cluster = cluster;
    this.topic = topic;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /**
   * Waits until the connector's topic in the test cluster holds at least {@code count} records, and
   * returns them all (partition 0 first, each partition in offset order).
   *
   * @throws AssertionError if they do not arrive within {@code timeout}, or the connector exits
   *     before
   */
  public List<ConsumedRecord> awaitRecords(int count, Duration timeout) {
    String name = topic("awaitRecords");
    if (cluster == null) {
      throw new IllegalStateException(
          "awaitRecords reads the test cluster; this run has none "
              + "(a dry run, or no ConnectorHarness.cluster): use awaitOutputLines");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean exited = !launched.isRunning();
      List<ConsumedRecord> records = cluster.hasTopic(name) ? cluster.records(name) : List.of();
      if (records.size() >= count) {
        return records;
      }
      if (exited || System.nanoTime() > deadline) {
        throw failure(
            "expected at least "
                + count
                + " records in topic '"
                + name
                + "', found "
                + records.size(),
            timeout);
      }
      pause(10);
    }
  }

  /**
   * Waits until the connector has written at least {@code count} lines to standard output (in a
   * source's dry run, one JSON line per record: {@code {"key":…,"value":…,"timestamp":…}}) and
   * returns them all.
   */
  public List<String> awaitOutputLines(int count, Duration timeout) {
    return awaitLines(out, count, timeout, "lines on standard output");
  }

  /**
   * Waits until a line of standard error (log lines and error messages) contains {@code text}, and
   * returns that line.
   */
  public String awaitLog(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean exited = !launched.isRunning();
      for (String line : err.lines()) {
        if (line.contains(text)) {
          return line;
        }
      }
      if (exited || System.nanoTime() > deadline) {
        throw failure("expected a line containing '" + text + "' on standard error", timeout);
      }
      awaitWrite(err, deadline);
    }
  }

  /**
   * Gives a sink one record: appended to its topic's partition 0 in the test cluster, or, in a dry
   * run, written to its standard input as a JSON line. A sink reads the topic from where {@code
   * --offset-start} says: start it with {@code --offset-start beginning} so that records fed before
   * it has subscribed are read too.
   *
   * @param key the key, or null for none
   * @param value the value
   */
  public void feed(String key, String value) {
    if (cluster != null) {
      cluster.append(
          topic("feed"),
          0,
          key == null ? null : key.getBytes(StandardCharsets.UTF_8),
          value.getBytes(StandardCharsets.UTF_8));
      return;
    }
    String line =
        "{\"key\":" + (key == null ? "null" : json(key)) + ",\"value\":" + json(value) + "}\n";
    in.feed(line.getBytes(StandardCharsets.UTF_8));
  }

  /** Ends the connector's standard input (a dry-run sink then finishes and exits). */
  public void endInput() {
    in.end();
  }

  /**
   * Stops the connector as SIGTERM would — it is interrupted, what it sent is flushed — and returns
   * its exit code (0 for a clean stop).
   *
   * @throws AssertionError if it has not exited within the runtime's grace period
   */
  public int stop() {
    launched.stop();
    return awaitExit(STOP_WAIT);
  }

  /**
   * Waits for the connector to exit and returns its exit code: 0 done or stopped, 1 failed at run
   * time, 2 bad options or configuration (nothing run).
   *
   * @throws AssertionError if it is still running after {@code timeout} (it is then stopped)
   */
  public int awaitExit(Duration timeout) {
    OptionalInt code = exit(timeout);
    if (code.isEmpty()) {
      launched.stop();
      throw new AssertionError(
          "the connector was still running after " + timeout + "; standard error:\n" + err.text());
    }
    return code.getAsInt();
  }

  /** Whether the connector is still running. */
  public boolean isRunning() {
    return launched.isRunning();
  }

  /** Its exit code, or empty while it runs. */
  public OptionalInt exitCode() {
    return exit(Duration.ZERO);
  }

  /** Everything written to standard output so far. */
  public String output() {
    return out.text();
  }

  /** Everything written to standard error so far: log lines and error messages. */
  public String errors() {
    return err.text();
  }

  /** The complete lines written to standard error so far. */
  public List<String> errorLines() {
    return err.lines();
  }

  /** Stops the connector if it still runs (see {@link #stop}). */
  @Override
  public void close() {
    if (launched.isRunning()) {
      stop();
    }
  }

  private OptionalInt exit(Duration timeout) {
    try {
      return launched.awaitExit(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the connector", e);
    }
  }

  private List<String> awaitLines(CapturedStream stream, int count, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean exited = !launched.isRunning();
      List<String> lines = stream.lines();
      if (lines.size() >= count) {
        return lines;
      }
      if (exited || System.nanoTime() > deadline) {
        throw failure(
            "expected at least " + count + " " + what + ", found " + lines.size(), timeout);
      }
      awaitWrite(stream, deadline);
    }
  }

  private void awaitWrite(CapturedStream stream, long deadline) {
    try {
      // Bounded: the connector may also exit without writing anything more.
      stream.awaitWrite(Math.min(50, (deadline - System.nanoTime()) / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the connector", e);
    }
  }

  private AssertionError failure(String expectation, Duration timeout) {
    OptionalInt code = exitCode();
    String state =
        code.isPresent()
            ? "the connector exited with code " + code.getAsInt()
            : "not within " + timeout;
    return new AssertionError(expectation + " (" + state + "); standard error:\n" + err.text());
  }

  private String topic(String method) {
    if (topic == null) {
      throw new IllegalStateException(
          method
              + " needs the connector's topic: pass "
              + "--fluvio-topic in the arguments or call ConnectorHarness.topic(...)");
    }
    return topic;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the connector", e);
    }
  }

  private static String json(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
