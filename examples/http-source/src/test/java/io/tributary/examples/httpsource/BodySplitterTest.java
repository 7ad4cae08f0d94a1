package io.tributary.examples.httpsource;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases of Fluvio's http-source streaming tests, and a few more. */
class BodySplitterTest {
  private static List<String> split(String delimiter, String... chunks) {
    BodySplitter splitter = new BodySplitter(delimiter.getBytes(UTF_8));
    List<String> pieces = new ArrayList<>();
    for (String chunk : chunks) {
      byte[] bytes = chunk.getBytes(UTF_8);
      splitter.add(bytes, 0, bytes.length).forEach(p -> pieces.add(new String(p, UTF_8)));
    }
    return pieces;
  }

  @Test
  void chunksAreJoinedAndCutAtEachDelimiter() {
    assertThat(split("!", "Hello", " world", "!", " Welcome", " to ", "NY!"))
        .containsExactly("Hello world", " Welcome to NY");
    assertThat(split("!", "Hello wo", "rld! Wel", "come to NY!"))
        .containsExactly("Hello world", " Welcome to NY");
    assertThat(split("!", "Hello world! Welcome to NY! Glad you coul"))
        .containsExactly("Hello world", " Welcome to NY");
    assertThat(split("!", "Hello world", "! Welcome to NY!"))
        .containsExactly("Hello world", " Welcome to NY");
    assertThat(split("!", "Hello wo", "rld!", " Welcome to NY!"))
        .containsExactly("Hello world", " Welcome to NY");
  }

  @Test
  void aDelimiterOfSeveralBytesMaySpanChunks() {
    assertThat(split("\n\n", "event:a\ndata:1\n", "\nevent:b\n", "data:2\n\n\n\n"))
        .containsExactly("event:a\ndata:1", "event:b\ndata:2", "");
    assertThat(split(",\n", "0123,", "\n67,\n8")).containsExactly("0123", "67");
  }

  @Test
  void whatFollowsTheLastDelimiterIsPending() {
    BodySplitter splitter = new BodySplitter("\n".getBytes(UTF_8));
    byte[] bytes = "a\nbc".getBytes(UTF_8);
    assertThat(splitter.add(bytes, 0, bytes.length)).hasSize(1);
    assertThat(splitter.pending()).isEqualTo(2);
    byte[] big = "x".repeat(20_000).concat("\n").getBytes(UTF_8);
    assertThat(splitter.add(big, 0, big.length))
        .singleElement()
        .satisfies(p -> assertThat(p).hasSize(20_002));
    assertThat(splitter.pending()).isZero();
  }

  @Test
  void anEmptyDelimiterIsRefused() {
    assertThatThrownBy(() -> new BodySplitter(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
