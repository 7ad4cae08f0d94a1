package io.tributary.fluvio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte sizes parse as the {@code bytesize} crate (1.3.3) parses them for the CDK. */
class ByteSizeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 0",
        "500 | 500",
        "16384 | 16384",
        "16kb | 16000",
        "16KiB | 16384",
        "1K | 1000",
        "1Ki | 1024",
        "1.5Ki | 1536",
        "1.5KiB | 1536",
        "1mb | 1000000",
        "3 MB | 3000000",
        "4 MiB | 4194304",
        "44.0 MB | 44000000",
        "1 MB | 1000000",
        "6 GB | 6000000000",
        "4 GiB | 4294967296",
        "88TB | 88000000000000",
        "8P | 8000000000000000",
        "100b | 100",
        "2.5 b | 2",
        "1. kb | 1000",
        ".5kb | 500"
      })
  void parsesLikeTheCdk(String text, long bytes) {
    assertThat(ByteSize.parse(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a124GB",
        "1.3 42.0 B",
        "1.3 ... B",
        "1 000 B",
        "kb",
        "1.5",
        "-1kb",
        " 16kb",
        "16kb ",
        "16 kilobytes",
        "1.2.3mb",
        ". kb",
        "16 k b"
      })
  void rejectsWhatTheCdkRejects(String text) {
    assertThatThrownBy(() -> ByteSize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected " + ByteSize.FORM + ", got '" + text + "'");
  }
}
