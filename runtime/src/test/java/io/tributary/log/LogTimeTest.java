package io.tributary.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A log line's time is written exactly as {@code Instant.toString()} writes it. */
class LogTimeTest {
  @Property(tries = 5000)
  void sameAsInstantInYearsZeroTo9999(
      @ForAll @LongRange(min = -62_167_219_200_000L, max = 253_402_300_799_999L) long millis) {
    assertThat(LogTime.format(millis)).isEqualTo(Instant.ofEpochMilli(millis).toString());
  }

  @Property(tries = 2000)
  void sameAsInstantAroundNow(
      @ForAll @LongRange(min = 1_700_000_000_000L, max = 2_100_000_000_000L) long millis) {
    assertThat(LogTime.format(millis)).isEqualTo(Instant.ofEpochMilli(millis).toString());
  }

  @Test
  void edges() {
    long[] cases = {
      0,
      1,
      999,
      1000,
      -1,
      86_399_999,
      86_400_000,
      951_782_400_000L, // 2000-02-29
      951_868_799_999L,
      4_107_542_399_999L, // 2100-02-28T23:59:59.999
      -62_167_219_200_000L,
      -62_167_219_200_001L,
      253_402_300_799_999L,
      253_402_300_800_000L,
      Long.MAX_VALUE / 1000,
      Long.MIN_VALUE / 1000
    };
    for (long millis : cases) {
      assertThat(LogTime.format(millis))
          .as("%d", millis)
          .isEqualTo(Instant.ofEpochMilli(millis).toString());
    }
    assertThat(LogTime.format(1_764_720_000_000L)).isEqualTo("2025-12-03T00:00:00Z");
    assertThat(LogTime.format(1_764_720_000_120L)).isEqualTo("2025-12-03T00:00:00.120Z");
  }
}
