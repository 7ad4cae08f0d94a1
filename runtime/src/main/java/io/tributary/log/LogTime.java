package io.tributary.log;

import java.time.Instant;

/**
 * A log line's time, {@code 2026-01-01T00:00:00.123Z}: what {@code Instant.toString()} writes for a
 * time in whole milliseconds (no fraction when it is zero), computed directly, so that the first
 * log line of a run does not initialize the {@code java.time.format} machinery.
 */
final class LogTime {
  /** 9999-12-31T23:59:59.999Z: later times, and times before year 0, go through Instant. */
  private static final long LAST = 253_402_300_799_999L;

  private LogTime() {}

  /**
   * The time {@code millis} after the epoch, as {@code Instant.ofEpochMilli(millis).toString()}.
   */
  static String format(long millis) {
    if (millis < -62_167_219_200_000L || millis > LAST) {
      return Instant.ofEpochMilli(millis).toString();
    }
    long days = Math.floorDiv(millis, 86_400_000L);
    int ofDay = (int) Math.floorMod(millis, 86_400_000L);
    // Days to year, month and day in the proleptic Gregorian calendar, counted in 400-year eras
    // that start on 1 March (so the leap day ends a year).
    long shifted = days + 719_468;
    long era = Math.floorDiv(shifted, 146_097);
    int ofEra = (int) (shifted - era * 146_097);
    int yearOfEra = (ofEra - ofEra / 1460 + ofEra / 36_524 - ofEra / 146_096) / 365;
    int dayOfYear = ofEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    StringBuilder text = new StringBuilder(24);
    digits(text, (int) year, 4).append('-');
    digits(text, month, 2).append('-');
    digits(text, day, 2).append('T');
    digits(text, ofDay / 3_600_000, 2).append(':');
    digits(text, ofDay / 60_000 % 60, 2).append(':');
    digits(text, ofDay / 1000 % 60, 2);
    if (ofDay % 1000 != 0) {
      digits(text.append('.'), ofDay % 1000, 3);
    }
    return text.append('Z').toString();
  }

  private static StringBuilder digits(StringBuilder text, int value, int width) {
    for (int scale = width == 4 ? 1000 : width == 3 ? 100 : 10; scale > 0; scale /= 10) {
      text.append((char) ('0' + value / scale % 10));
    }
    return text;
  }
}
