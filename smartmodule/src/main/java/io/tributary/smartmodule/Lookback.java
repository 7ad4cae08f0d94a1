package io.tributary.smartmodule;

import java.time.Duration;
import java.util.Objects;

/**
 * Which records of the topic a module's {@code look_back} export is given before the first new
 * record (Fluvio's {@code Lookback}): the last {@code last} records of each partition read, and,
 * with an {@code age}, only those whose timestamp is at most that old; {@code last} 0 with an age
 * means every record at most that old.
 *
 * @param last how many of the newest records to read per partition (0: no count limit, with an age)
 * @param ageOrNull the oldest record to give, as an age from now, or {@code null}
 */
public record Lookback(long last, Duration ageOrNull) {
  /** Checks that {@code last} is not negative and an age, if any, is positive. */
  public Lookback {
    if (last < 0) {
      throw new IllegalArgumentException("last must not be negative, got " + last);
    }
    if (ageOrNull != null && (ageOrNull.isNegative() || ageOrNull.isZero())) {
      throw new IllegalArgumentException("age must be positive, got " + ageOrNull);
    }
  }

  /** The last {@code last} records. */
  public static Lookback last(long last) {
    return new Lookback(last, null);
  }

  /** The records at most {@code age} old, of the last {@code last} (0: all of them). */
  public static Lookback age(Duration age, long last) {
    return new Lookback(last, Objects.requireNonNull(age, "age"));
  }

  /** Whether a record with this timestamp is to be given, at {@code nowMillis}. */
  public boolean takes(long timestampMillis, long nowMillis) {
    return ageOrNull == null || timestampMillis >= nowMillis - ageOrNull.toMillis();
  }
}
