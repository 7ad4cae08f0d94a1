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
  /** The system property naming the class {@code java.util.logging} configures itself with. */
  static final String CONFIG_CLASS = "java.util.logging.config.class";

  /** Where the deferred installation is (see {@link #deferInstallation}); guarded by the class. */
  private static State state = State.NOW;

  /** The setting {@link #install} was last called with while deferred. */
  private static boolean verbose;

  private enum State {
    /** {@link #install} installs at once. */
    NOW,
    /** {@code java.util.logging} has not started: {@link #install} only records its setting. */
    DEFERRED
  }

  private JulBridge() {}

  /**
   * Lets {@link #install} leave {@code java.util.logging} alone until something uses it: it is then
   * configured with the bridge ({@link Configuration}), so a run that never uses it does not start
   * it (reading its configuration file, making its loggers). Only for a JVM where it has not
   * started yet (the launcher's), and only when no configuration class is set already.
   */
  public static synchronized void deferInstallation() {
    if (System.getProperty(CONFIG_CLASS) == null) {
      System.setProperty(CONFIG_CLASS, Configuration.class.getName());
      state = State.DEFERRED;
    }
  }

  /** Replaces the root JUL handlers with the bridge; {@code verbose} enables fine levels. */
  public static synchronized void install(boolean verbose) {
    if (state == State.DEFERRED) {
      JulBridge.verbose = verbose;
      return;
    }
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(verbose ? java.util.logging.Level.ALL : java.util.logging.Level.INFO);
    root.addHandler(new JulBridge());
  }

  /**
   * The configuration class {@link #deferInstallation} names: {@code java.util.logging} makes one
   * when it starts, and it installs the bridge with the setting {@link #install} recorded (fine
   * levels off if it was not called yet; a later call then applies its own at once).
   */
  public static final class Configuration {
    /** Called by {@code java.util.logging} as it starts. */
    public Configuration() throws IOException {
      synchronized (JulBridge.class) {
        String level = verbose ? "ALL" : "INFO";
        LogManager.getLogManager()
            .readConfiguration(
                new ByteArrayInputStream(
                    (".level=" + level + "\n").getBytes(StandardCharsets.UTF_8)));
        Logger.getLogger("").addHandler(new JulBridge());
        state = State.NOW;
      }
    }
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
