package io.tributary.maven;

/** Builds RFC 6901 JSON pointers. */
public final class Pointers {
  private Pointers() {}

  /** Escapes one reference token ({@code ~} and {@code /}). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} followed by the escaped tokens. */
  public static String of(String base, Object... tokens) {
    StringBuilder pointer = new StringBuilder(base);
    for (Object token : tokens) {
      pointer.append('/').append(escape(String.valueOf(token)));
    }
    return pointer.toString();
  }

  /** The pointer of option {@code name}: {@code /schema/properties/<name>}. */
  public static String option(String name) {
    return of("/schema/properties", name);
  }
}
