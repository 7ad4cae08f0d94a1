package io.tributary.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The process's standard streams and environment, passed in so tests can run a connector
 * in-process.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param env environment variables
 */
public record Console(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
  /** The real streams and environment. */
  public static Console system() {
    return new Console(System.in, System.out, System.err, System.getenv());
  }
}
