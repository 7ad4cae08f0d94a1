package io.tributary.log;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The process-wide log settings: the {@code RUST_LOG} filter and the stream log lines go to
 * (standard error). Set once by the runtime before a connector starts.
 */
public final class LogConfig {
  private static volatile RustLogFilter filter = RustLogFilter.orDefaults(System.getenv("RUST_LOG"));
  private static volatile PrintStream out = System.err;
  private static volatile List<String> secrets = List.of();

  private LogConfig() {}

  /** Replaces the filter. */
  public static void setFilter(RustLogFilter value) {
    filter = value;
  }

  /** Replaces the stream log lines are written to. */
  public static void setOutput(PrintStream value) {
    out = value;
  }

  /**
   * Values that must never appear in a log line (the values of {@code @Secret} options, and the
   * passwords inside them); each occurrence is written as {@code ****}, whoever logs it —
   * libraries included.
   */
  public static void setSecrets(Collection<String> values) {
    List<String> kept = new ArrayList<>();
    for (String v : values) {
      if (v != null && v.length() >= 3) {
        kept.add(v);
      }
    }
    kept.sort(Comparator.comparingInt(String::length).reversed());
    secrets = List.copyOf(kept);
  }

  /** Whether a message passes the filter. */
  public static boolean enabled(String logger, Level level) {
    return filter.enabled(logger, level);
  }

  /** Writes one log line: {@code 2026-01-01T00:00:00.000Z  INFO target: message}. */
  public static void write(String logger, Level level, String message, Throwable thrown) {
    StringBuilder line = new StringBuilder(64 + message.length());
    line.append(Instant.now().truncatedTo(ChronoUnit.MILLIS)).append(' ')
        .append(name(level)).append(' ')
        .append(logger).append(": ").append(message);
    if (thrown != null) {
      line.append(": ").append(thrown);
    }
    PrintStream stream = out;
    synchronized (stream) {
      stream.println(mask(line.toString()));
      if (thrown != null && enabled(logger, Level.DEBUG)) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        stream.print(mask(trace.toString()));
      }
    }
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
