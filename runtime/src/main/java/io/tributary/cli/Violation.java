package io.tributary.cli;

/**
 * One thing wrong with the options: the flag it concerns and what is wrong, e.g. {@code
 * --max-retries: must be at most 100, got 250}.
 *
 * @param flag the flag ({@code --name}) or file the problem is about
 * @param message what is wrong and what is expected, with the value already masked if secret
 */
public record Violation(String flag, String message) {
  @Override
  public String toString() {
    return flag + ": " + message;
  }
}
