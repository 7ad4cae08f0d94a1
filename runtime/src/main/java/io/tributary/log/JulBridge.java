package io.tributary.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends {@code java.util.logging} records (used by libraries such as JDBC drivers) through the same
 * {@code RUST_LOG} filter and format as {@link System.Logger}.
 */
public final class JulBridge extends Handler {
  private JulBridge() {}

  /** Replaces the root JUL handlers with the bridge; {@code verbose} enables fine levels. */
  public static void install(boolean verbose) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(verbose ? java.util.logging.Level.ALL : java.util.logging.Level.INFO);
    root.addHandler(new JulBridge());
  }

  /**
   * The same from inside {@code java.util.logging}'s start, through the documented way for a
   * configuration class (its {@code readConfiguration(InputStream)}).
   */
  static void configure(boolean verbose) throws IOException {
    String level = verbose ? "ALL" : "INFO";
    LogManager.getLogManager()
        .readConfiguration(
            new ByteArrayInputStream((".level=" + level + "\n").getBytes(StandardCharsets.UTF_8)));
    Logger.getLogger("").addHandler(new JulBridge());
  }

  @Override
  public void publish(LogRecord record) {
    String name = record.getLoggerName() == null ? "" : record.getLoggerName();
    Level level = level(record.getLevel());
    if (LogConfig.enabled(name, level)) {
      String message = record.getMessage() == null ? "" : record.getMessage();
      Object[] params = record.getParameters();
      if (params != null && params.length > 0 && message.contains("{0")) {
        message = java.text.MessageFormat.format(message, params);
      }
      LogConfig.write(name, level, message, record.getThrown());
    }
  }

  private static Level level(java.util.logging.Level jul) {
    int v = jul.intValue();
    if (v >= java.util.logging.Level.SEVERE.intValue()) {
      return Level.ERROR;
    } else if (v >= java.util.logging.Level.WARNING.intValue()) {
      return Level.WARNING;
    } else if (v >= java.util.logging.Level.INFO.intValue()) {
      return Level.INFO;
    } else if (v >= java.util.logging.Level.FINE.intValue()) {
      return Level.DEBUG;
    }
    return Level.TRACE;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
