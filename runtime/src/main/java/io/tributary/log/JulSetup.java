package io.tributary.log;

import java.io.IOException;

/**
 * When the {@code java.util.logging} bridge ({@link JulBridge}) is installed: at once, or, in the
 * launcher's fresh JVM ({@link #defer}), when something first uses {@code java.util.logging}, so
 * that a run that never does, does not start it (reading its configuration file, making its loggers
 * and levels). This class touches no {@code java.util.logging} class until then.
 */
public final class JulSetup {
  /** The system property naming the class {@code java.util.logging} configures itself with. */
  static final String CONFIG_CLASS = "java.util.logging.config.class";

  /**
   * Whether {@code java.util.logging} has not started since {@link #defer}; guarded by the class.
   */
  private static boolean deferred;

  /** The setting {@link #install} was last called with while deferred; guarded by the class. */
  private static boolean verbose;

  private JulSetup() {}

  /**
   * Defers {@link #install} until {@code java.util.logging} starts. Only for a JVM where it has not
   * started yet (a later {@code install} would otherwise never happen), and only when no
   * configuration class is set already (then {@code install} installs at once, as without this).
   */
  public static synchronized void defer() {
    if (System.getProperty(CONFIG_CLASS) == null) {
      System.setProperty(CONFIG_CLASS, Configuration.class.getName());
      deferred = true;
    }
  }

  /**
   * Installs the bridge ({@link JulBridge#install}), or, while deferred, records {@code verbose}
   * for when {@code java.util.logging} starts.
   */
  public static synchronized void install(boolean verbose) {
    if (deferred) {
      JulSetup.verbose = verbose;
    } else {
      JulBridge.install(verbose);
    }
  }

  /**
   * The configuration class {@link #defer} names: {@code java.util.logging} makes one as it starts,
   * and it installs the bridge with the setting {@link #install} recorded (fine levels off when it
   * was not called yet; a later call then installs at once, with its own).
   */
  public static final class Configuration {
    /** Called by {@code java.util.logging} as it starts. */
    public Configuration() throws IOException {
      synchronized (JulSetup.class) {
        JulBridge.configure(verbose);
        deferred = false;
      }
    }
  }
}
