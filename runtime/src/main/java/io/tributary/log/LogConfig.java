package io.tributary.log;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The process-wide log settings: the {@code RUST_LOG} filter, the stream log lines go to (standard
 * error) and their format ({@code --log-format}, see docs/cli.md). Set once by the runtime before a
 * connector starts.
 */
public final class LogConfig {
  /** How a log line is written. */
  public enum Format {
    /** {@code 2026-01-01T00:00:00.000Z INFO target: message}. */
    TEXT,
    /**
     * One JSON object a line: {@code time}, {@code level}, {@code target}, {@code message} and
     * {@code fields} (the error and, at debug level, its stack trace).
     */
    JSON
  }

  private static volatile RustLogFilter filter =
      RustLogFilter.orDefaults(System.getenv("RUST_LOG"));
  private static volatile PrintStream out = System.err;
  private static volatile List<String> secrets = List.of();
  private static volatile Format format = Format.TEXT;

  private LogConfig() {}

  /** Replaces the filter. */
  public static void setFilter(RustLogFilter value) {
    filter = value;
  }

  /** Sets the format of the lines written from now on. */
  public static void setFormat(Format value) {
    format = value;
  }

  /** Replaces the stream log lines are written to. */
  public static synchronized void setOutput(PrintStream value) {
    out = value;
  }

  /**
   * Writes log lines to standard error again if they still go to {@code owner}. A connector run
   * inside a JVM that has ended calls this: when a later run (the next test's) has set its own
   * output meanwhile, that output is kept, not taken away by a run that ended late.
   */
  public static synchronized void releaseOutput(PrintStream owner) {
    if (out == owner) {
      out = System.err;
    }
  }

  /**
   * Values that must never appear in a log line (the values of {@code @Secret} options, and the
   * passwords inside them); each occurrence is written as {@code ****}, whoever logs it — libraries
   * included.
   */
  public static void setSecrets(Collection<String> values) {
    List<String> kept = new ArrayList<>();
    for (String v : values) {
      if (v != null && v.length() >= 3) {
        kept.add(v);
      }
    }
    // Longest first; one lambda of this class (Comparator's combinators would spin their own),
    // linked only when there is something to sort (docs/performance.md, "First record").
    if (kept.size() > 1) {
      kept.sort((a, b) -> Integer.compare(b.length(), a.length()));
    }
    secrets = List.copyOf(kept);
  }

  /** Whether a message passes the filter. */
  public static boolean enabled(String logger, Level level) {
    return filter.enabled(logger, level);
  }

  /** Writes one log line in the configured {@link Format}, with every secret masked. */
  public static void write(String logger, Level level, String message, Throwable thrown) {
    boolean trace = thrown != null && enabled(logger, Level.DEBUG);
    String text =
        format == Format.JSON
            ? json(logger, level, message, thrown, trace)
            : text(logger, level, message, thrown, trace);
    PrintStream stream = out;
    synchronized (stream) {
      stream.println(text);
    }
  }

  private static String text(
      String logger, Level level, String message, Throwable thrown, boolean trace) {
    StringBuilder line = new StringBuilder(64 + message.length());
    line.append(LogTime.format(System.currentTimeMillis()))
        .append(' ')
        .append(name(level))
        .append(' ')
        .append(logger)
        .append(": ")
        .append(message);
    if (thrown != null) {
      line.append(": ").append(thrown);
    }
    if (trace) {
      line.append(System.lineSeparator()).append(stackTrace(thrown).stripTrailing());
    }
    return mask(line.toString());
  }

  /** {@code {"time":…,"level":"INFO","target":…,"message":…,"fields":{…}}}. */
  private static String json(
      String logger, Level level, String message, Throwable thrown, boolean trace) {
    StringBuilder line = new StringBuilder(96 + message.length());
    line.append("{\"time\":");
    quote(line, LogTime.format(System.currentTimeMillis()));
    line.append(",\"level\":");
    quote(line, name(level).trim());
    line.append(",\"target\":");
    quote(line, logger);
    line.append(",\"message\":");
    quote(line, mask(message));
    line.append(",\"fields\":{");
    if (thrown != null) {
      line.append("\"error\":");
      quote(line, mask(thrown.toString()));
      if (trace) {
        line.append(",\"backtrace\":");
        quote(line, mask(stackTrace(thrown)));
      }
    }
    return line.append("}}").toString();
  }

  private static void quote(StringBuilder line, String value) {
    line.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, line);
    line.append('"');
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  /** The text with every secret value written as {@code ****}. */
  public static String mask(String text) {
    for (String secret : secrets) {
      if (text.contains(secret)) {
        text = text.replace(secret, "****");
      }
    }
    return text;
  }

  /** The level's name, right-aligned in five characters. */
  private static String name(Level level) {
    return switch (level) {
      case ERROR -> "ERROR";
      case WARNING -> " WARN";
      case INFO -> " INFO";
      case DEBUG -> "DEBUG";
      default -> "TRACE";
    };
  }
}
