package io.tributary.maven;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little of semantic versioning the compatibility check needs: the major number. */
public final class SemVer {
  private static final Pattern MAJOR = Pattern.compile("^(\\d+)(\\.|$|-)");

  private SemVer() {}

  /** The major version of {@code version}, if it starts with one. */
  public static OptionalLong major(String version) {
    Matcher m = MAJOR.matcher(version == null ? "" : version);
    if (!m.find()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(m.group(1)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Whether {@code current}'s major version is greater than {@code previous}'s. */
  public static boolean majorBumped(String previous, String current) {
    OptionalLong p = major(previous);
    OptionalLong c = major(current);
    return p.isPresent() && c.isPresent() && c.getAsLong() > p.getAsLong();
  }
}
