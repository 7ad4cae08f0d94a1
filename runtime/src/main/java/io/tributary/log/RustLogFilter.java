package io.tributary.log;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A log filter written in Rust's {@code RUST_LOG} syntax (env_logger / tracing): comma-separated
 * directives, each {@code level}, {@code target} or {@code target=level}, with levels {@code off,
 * error, warn, info, debug, trace}. A target matches a logger whose name starts with it ({@code ::}
 * and {@code .} are the same separator; {@code -} and {@code _} are the same character); the
 * longest matching target wins; without a bare level the default is {@code info}.
 */
public final class RustLogFilter {
  private record Directive(String target, Level level) {}

  private static final RustLogFilter DEFAULTS = new RustLogFilter(List.of(), Level.INFO);

  private final List<Directive> directives;
  private final Level defaultLevel;

  private RustLogFilter(List<Directive> directives, Level defaultLevel) {
    this.directives = directives;
    this.defaultLevel = defaultLevel;
  }

  /** The filter used when nothing is configured: everything at {@code info} and above. */
  public static RustLogFilter defaults() {
    return DEFAULTS;
  }

  /**
   * The filter a {@code RUST_LOG} value asks for, or {@link #defaults()} when it is unset, blank or
   * not valid (as env_logger, an invalid environment variable does not stop the program).
   */
  public static RustLogFilter orDefaults(String spec) {
    if (spec == null || spec.isBlank()) {
      return defaults();
    }
    try {
      return parse(spec);
    } catch (IllegalArgumentException e) {
      return defaults();
    }
  }

  /**
   * Parses a filter.
   *
   * @throws IllegalArgumentException naming the bad directive and the expected form
   */
  public static RustLogFilter parse(String spec) {
    List<Directive> directives = new ArrayList<>();
    Level defaultLevel = Level.INFO;
    for (String raw : spec.split(",")) {
      String part = raw.trim();
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        Level level = levelOrNull(part);
        if (level != null) {
          defaultLevel = level;
        } else {
          directives.add(new Directive(normalize(checkTarget(part, raw)), Level.TRACE));
        }
      } else {
        String target = checkTarget(part.substring(0, eq).trim(), raw);
        Level level = levelOrNull(part.substring(eq + 1).trim());
        if (level == null) {
          throw new IllegalArgumentException(
              "'"
                  + raw.trim()
                  + "' has an unknown level; expected off, error, warn, info, debug or trace");
        }
        directives.add(new Directive(normalize(target), level));
      }
    }
    directives.sort(Comparator.comparingInt((Directive d) -> d.target().length()).reversed());
    return new RustLogFilter(List.copyOf(directives), defaultLevel);
  }

  private static String checkTarget(String target, String raw) {
    if (target.isEmpty() || !target.matches("[A-Za-z0-9_.:$-]+")) {
      throw new IllegalArgumentException(
          "'" + raw.trim() + "' is not a directive; expected level, target or target=level");
    }
    return target;
  }

  private static Level levelOrNull(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "off" -> Level.OFF;
      case "error" -> Level.ERROR;
      case "warn" -> Level.WARNING;
      case "info" -> Level.INFO;
      case "debug" -> Level.DEBUG;
      case "trace" -> Level.TRACE;
      default -> null;
    };
  }

  private static String normalize(String name) {
    return name.replace("::", ".").replace('-', '_');
  }

  /** The least severe level logged for a logger of this name ({@code OFF}: nothing). */
  public Level threshold(String loggerName) {
    String name = normalize(loggerName);
    for (Directive d : directives) {
      if (name.equals(d.target())
          || (name.startsWith(d.target()) && name.charAt(d.target().length()) == '.')) {
        return d.level();
      }
    }
    return defaultLevel;
  }

  /** Whether any logger may log below {@code info}. */
  public boolean anyVerbose() {
    if (defaultLevel.getSeverity() < Level.INFO.getSeverity()) {
      return true;
    }
    for (Directive d : directives) {
      if (d.level().getSeverity() < Level.INFO.getSeverity()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a message at {@code level} from {@code loggerName} passes. */
  public boolean enabled(String loggerName, Level level) {
    Level threshold = threshold(loggerName);
    return threshold != Level.OFF
        && level != Level.OFF
        && level.getSeverity() >= threshold.getSeverity();
  }
}
