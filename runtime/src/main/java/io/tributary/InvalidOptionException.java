package io.tributary;

/**
 * Thrown by a connector that finds, when it starts, that an option's value cannot work although it
 * passed validation: a table the database does not have, a URL scheme the connector cannot speak.
 * The runtime reports it as it reports a validation error — {@code my-sink: invalid options (1):}
 * then {@code --table: no table "orders" in the database} on standard error, no stack trace — and
 * exits 2.
 *
 * <p>Exit code 2 promises that nothing was done: throw this before the first record is sent (a
 * source) or written (a sink). Thrown by a source after records were sent, it is reported as a
 * failure and the connector exits 1. The message is printed as it is: never put a {@link Secret}
 * value in it.
 */
public final class InvalidOptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String flag;
  private final String problem;

  /**
   * @param flag the option at fault, as the user wrote it ({@code --table}), or a file name
   * @param message what is wrong and what is expected, without the flag
   */
  public InvalidOptionException(String flag, String message) {
    this(flag, message, null);
  }

  /**
   * @see #InvalidOptionException(String, String)
   */
  public InvalidOptionException(String flag, String message, Throwable cause) {
    super(flag + ": " + message, cause);
    this.flag = flag;
    this.problem = message;
  }

  /** The option at fault, e.g. {@code --table}. */
  public String flag() {
    return flag;
  }

  /** What is wrong, without the flag. */
  public String problem() {
    return problem;
  }
}
