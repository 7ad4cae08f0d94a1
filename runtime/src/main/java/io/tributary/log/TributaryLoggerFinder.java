package io.tributary.log;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Routes {@link System.Logger} to standard error through the {@code RUST_LOG} filter. Registered as
 * a service, so {@code System.getLogger(name)} in connector code is filtered by {@code RUST_LOG} /
 * {@code --rust-log}.
 */
public final class TributaryLoggerFinder extends System.LoggerFinder {
  /**
   * A logger of the runtime itself: what {@code System.getLogger(name)} gives with this finder
   * installed, without the JDK's finder lookup (a service-loader search and its classes at the
   * first call, on every connector's path to its first record). The runtime's own messages follow
   * {@code RUST_LOG} even where an application installs another finder; connector code's {@code
   * System.getLogger} still goes through the JDK.
   */
  public static System.Logger logger(String name) {
    return new StderrLogger(name);
  }

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new StderrLogger(name);
  }

  /** A logger writing through {@link LogConfig}. */
  static final class StderrLogger implements System.Logger {
    private final String name;

    StderrLogger(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return LogConfig.enabled(name, level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (isLoggable(level)) {
        LogConfig.write(name, level, msg == null ? "" : msg, thrown);
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        String msg =
            params == null || params.length == 0 ? format : MessageFormat.format(format, params);
        LogConfig.write(name, level, msg, null);
      }
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
      if (isLoggable(level)) {
        LogConfig.write(name, level, msgSupplier.get(), null);
      }
    }
  }
}
