package io.tributary.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the option tables show a string default. */
class OptionRowTest {
  @Test
  void aDefaultThatShowsIsShownAsItIs() {
    assertThat(OptionRow.asTyped("application/json")).isEqualTo("application/json");
    assertThat(OptionRow.asTyped("a b")).isEqualTo("a b");
    assertThat(OptionRow.asTyped("it's")).isEqualTo("it's");
  }

  @Test
  void anInvisibleDefaultIsShownInBashQuotingInsteadOfABlankCell() {
    assertThat(OptionRow.asTyped("\n")).isEqualTo("$'\\n'");
    assertThat(OptionRow.asTyped("\n\n")).isEqualTo("$'\\n\\n'");
    assertThat(OptionRow.asTyped("")).isEqualTo("$''");
    assertThat(OptionRow.asTyped(" x")).isEqualTo("$' x'");
    assertThat(OptionRow.asTyped("it's\t")).isEqualTo("$'it\\'s\\t'");
    assertThat(OptionRow.asTyped("\u0001\\\r")).isEqualTo("$'\\x01\\\\\\r'");
  }

  @Test
  void bashReadsTheQuotedFormBackAsTheDefault() throws IOException, InterruptedException {
    for (String value : List.of("\n", "\n\n", "", " x ", "it's\t", "\u0001\\\r", "a\u001fb")) {
      Process bash =
          new ProcessBuilder("bash", "-c", "printf %s " + OptionRow.asTyped(value)).start();
      byte[] out = bash.getInputStream().readAllBytes();
      assertThat(bash.waitFor()).isZero();
      assertThat(new String(out, UTF_8)).as("bash's reading of %s", value).isEqualTo(value);
    }
  }
}
