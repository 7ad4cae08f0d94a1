package io.tributary.schema;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and formats durations in the humantime form ({@code 1m30s}) and ISO-8601. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("([0-9]+)(ns|us|ms|s|m|h|d)");

  private Durations() {}

  /**
   * Parses text already known to match {@link OptionType#DURATION_PATTERN}.
   *
   * @throws IllegalArgumentException when it does not parse
   */
  public static Duration parse(String text) {
    if (text.startsWith("P")) {
      return Duration.parse(text);
    }
    Duration total = Duration.ZERO;
    Matcher m = PART.matcher(text);
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "ns" -> Duration.ofNanos(n);
                case "us" -> Duration.ofNanos(Math.multiplyExact(n, 1000L));
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              });
      end = m.end();
    }
    if (end != text.length() || end == 0) {
      throw new IllegalArgumentException("not a duration: " + text);
    }
    return total;
  }
}
