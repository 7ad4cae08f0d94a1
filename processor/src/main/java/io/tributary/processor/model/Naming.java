package io.tributary.processor.model;

import io.tributary.spi.ReservedNames;
import java.util.Set;
import java.util.regex.Pattern;

/** Naming rules: kebab-casing, valid names, reserved names and secret-looking names. */
public final class Naming {
  /** What a connector or option name must match. */
  public static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]*$");

  /**
   * The common options every connector has (docs/cli.md#common-options), which no option may
   * shadow.
   */
  public static final Set<String> RESERVED = ReservedNames.ALL;

  /** The words of tributary:check's TRIB-LINT-SECRET (LintRules), matched here anywhere. */
  private static final String[] SECRET_WORDS = {
    "password", "passwd", "token", "secret", "api-key", "apikey", "credential"
  };

  private Naming() {}

  /**
   * The kebab-case form of a Java identifier: {@code maxRetries} becomes {@code max-retries},
   * {@code URLPath} becomes {@code url-path}, {@code max_retries} becomes {@code max-retries}.
   */
  public static String kebabCase(String identifier) {
    StringBuilder out = new StringBuilder(identifier.length() + 4);
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c == '_') {
        out.append('-');
      } else if (Character.isUpperCase(c)) {
        if (startsWord(identifier, i) && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An upper-case letter starts a word after a lower-case letter or digit, or ends an acronym. */
  private static boolean startsWord(String s, int i) {
    if (i == 0) {
      return false;
    }
    char prev = s.charAt(i - 1);
    if (Character.isLowerCase(prev) || Character.isDigit(prev)) {
      return true;
    }
    return Character.isUpperCase(prev)
        && i + 1 < s.length()
        && Character.isLowerCase(s.charAt(i + 1));
  }

  /** Whether a name matches {@code ^[a-z][a-z0-9-]*$}. */
  public static boolean isValid(String name) {
    return NAME.matcher(name).matches();
  }

  /** Whether an option name looks like it holds a secret (password, token, api-key, ...). */
  public static boolean looksSecret(String optionName) {
    for (String word : SECRET_WORDS) {
      if (optionName.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
