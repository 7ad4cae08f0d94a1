package io.tributary.fluvio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-offset resolution, row by row as Fluvio's client does it ({@code offset.rs}): absolute
 * ignores the stored offset; from-beginning counts from stored + 1 (else the log start), from-end
 * back from stored + 1 (else the last stable offset); relative results are clamped to [start, last
 * stable], every result to 0 or more. Rows marked "Fluvio" are the unit tests of {@code offset.rs}.
 */
class OffsetResolutionTest {
  @ParameterizedTest(name = "{0} {1}, log [{2}, {3}), stored {4} -> {5}")
  @CsvSource(
      nullValues = "none",
      value = {
        // kind, n, start, last stable, stored, expected
        "ABSOLUTE,  5,  0, 10, none, 5",
        "ABSOLUTE,  5,  0, 10,    7, 5", // the stored offset is ignored
        "ABSOLUTE, 50,  0, 10, none, 50", // not clamped: the SPU answers
        "ABSOLUTE,  0,  6, 10,    7, 0",
        "BEGINNING, 3,  0, 10, none, 3", // Fluvio: beginning without consumer offset
        "BEGINNING, 3,  5, 10, none, 8", // Fluvio: start non-zero
        "BEGINNING,15,  0, 10, none, 10", // Fluvio: end short
        "BEGINNING,15,  5, 10, none, 10", // Fluvio: end short, start non-zero
        "BEGINNING, 0,  0, 10, none, 0", // beginning
        "BEGINNING, 0,  0, 10,    4, 5", // a stored offset: resume after it
        "BEGINNING, 2,  0, 10,    4, 7", // counted from the record after the stored one
        "BEGINNING, 0,  6, 10,    2, 6", // stored record evicted: clamped to the log start
        "BEGINNING, 0,  0, 10,   20, 10", // stored beyond the end: clamped to last stable
        "BEGINNING, 0,  0,  0, none, 0", // empty partition
        "END,       3,  0, 10, none, 7", // Fluvio: end without consumer offset
        "END,       3,  5, 10, none, 7", // Fluvio: start non-zero
        "END,      15,  0, 10, none, 0", // Fluvio: clamped to the start
        "END,      15,  5, 10, none, 5", // Fluvio: clamped to a non-zero start
        "END,       0,  0, 10, none, 10", // end: only new records
        "END,       0,  0, 10,    4, 5", // a stored offset: resume after it, not at the end
        "END,       2,  0, 10,    4, 3", // counted back from the record after the stored one
        "END,       0,  6, 10,    2, 6", // stored record evicted: clamped to the log start
        "END,       0,  0, 10,   20, 10", // stored beyond the end: clamped to last stable
      })
  void resolvesAsFluvio(
      Offset.Kind kind, long n, long start, long lastStable, Long stored, long expected) {
    assertThat(new Offset(kind, n).resolve(start, lastStable, stored)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "beginning, BEGINNING, 0",
    "END, END, 0",
    "42, ABSOLUTE, 42",
    "0, ABSOLUTE, 0",
    "beginning+3, BEGINNING, 3",
    "end-2, END, 2",
    "'End - 7', END, 7"
  })
  void parsesWhatToStringWrites(String text, Offset.Kind kind, long value) {
    Offset parsed = Offset.parse(text);
    assertThat(parsed).isEqualTo(new Offset(kind, value));
    assertThat(Offset.parse(parsed.toString())).isEqualTo(parsed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "-1", "beginning-1", "end+1", "end-", "beginning+x", ""})
  void rejectsOtherText(String text) {
    assertThatThrownBy(() -> Offset.parse(text))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessage(
            "offset must be 'beginning', 'end', 'beginning+N', 'end-N' or a number 0 or "
                + "more, got '"
                + text
                + "'");
  }

  @ParameterizedTest
  @CsvSource({"ABSOLUTE, -1", "BEGINNING, -1", "END, -3", "END, 4294967296"})
  void rejectsOutOfRangeValues(Offset.Kind kind, long value) {
    assertThatThrownBy(() -> new Offset(kind, value)).isInstanceOf(FluvioConfigException.class);
  }
}
