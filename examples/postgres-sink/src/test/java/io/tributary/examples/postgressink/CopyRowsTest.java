package io.tributary.examples.postgressink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyRowsTest {
  private static String text(CopyRows rows) {
    return new String(rows.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void rowsAreTabSeparatedLinesAndNullIsBackslashN() {
    CopyRows rows = new CopyRows();
    rows.add(Arrays.asList("1", "r1"));
    rows.add(Arrays.asList("2", null));
    assertThat(text(rows)).isEqualTo("1\tr1\n2\t\\N\n");
  }

  @Test
  void backslashTabNewlineAndCarriageReturnAreEscaped() {
    CopyRows rows = new CopyRows();
    rows.add(Arrays.asList("a\\b", "c\td", "e\nf", "g\rh", "\\N"));
    assertThat(text(rows)).isEqualTo("a\\\\b\tc\\td\te\\nf\tg\\rh\t\\\\N\n");
  }

  @Test
  void theBufferGrowsAndIsReusedAfterClear() {
    CopyRows rows = new CopyRows();
    String wide = "x".repeat(40_000) + "\t";
    rows.add(Arrays.asList(wide, "ü\\"));
    assertThat(text(rows)).isEqualTo("x".repeat(40_000) + "\\t\tü\\\\\n");
    rows.clear();
    assertThat(rows.length()).isZero();
    rows.add(Arrays.asList("1"));
    assertThat(text(rows)).isEqualTo("1\n");
  }

  @Test
  void textIsUtf8() {
    CopyRows rows = new CopyRows();
    rows.add(Arrays.asList("ü€"));
    assertThat(rows.bytes()).isEqualTo("ü€\n".getBytes(StandardCharsets.UTF_8));
  }
}
