package io.tributary.maven;

import java.util.Objects;

/**
 * One problem found in connector metadata: where it is (a file and a JSON pointer into it), which
 * rule it breaks, what is wrong and how to fix it.
 *
 * @param file where the document is, as shown to the user (relative path, or {@code jar!/entry})
 * @param pointer an RFC 6901 JSON pointer into the document, {@code ""} for the whole document
 * @param rule the rule broken
 * @param message what is wrong, quoting names and values
 * @param fix how to fix it
 */
public record Problem(String file, String pointer, Rule rule, String message, String fix) {

  /** Checks that no component is null. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /** Where the problem is: {@code file#pointer}, or the file alone for the whole document. */
  public String location() {
    return pointer.isEmpty() ? file : file + "#" + pointer;
  }

  /** One line: {@code location: [RULE-ID] message. Fix: fix.} */
  public String format() {
    return location() + ": [" + rule.id() + "] " + message + ". Fix: " + fix + ".";
  }
}
