package io.tributary.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JavadocTest {
  @Test
  void firstParagraphAndParams() {
    Javadoc doc =
        Javadoc.parse(
            """
         Polls an HTTP endpoint and
           produces each response.

         More detail that is not the summary.

         @param endpoint URL to poll
         @param interval time between
             two requests
         @param <T> a type parameter, ignored
         @see Other
        """);
    assertEquals("Polls an HTTP endpoint and produces each response.", doc.summary());
    assertEquals(
        Map.of("endpoint", "URL to poll", "interval", "time between two requests"), doc.params());
  }

  @Test
  void paragraphTagEndsTheSummary() {
    assertEquals("One.", Javadoc.parse(" One.\n <p>Two.").summary());
  }

  @Test
  void inlineTagsAndHtmlBecomeText() {
    assertEquals(
        "Sends Map<String, List> to x via Duration and Other.run, <b> & done",
        Javadoc.clean(
            "Sends {@code Map<String, List>} to {@literal x} via"
                + " {@link java.time.Duration} and {@linkplain Other#run},"
                + " <em>&lt;b&gt;</em> &amp; done"));
    assertEquals("the label", Javadoc.clean("{@link Foo#bar(int) the label}"));
  }

  @Test
  void summaryWithoutBlockTags() {
    assertEquals("Only a summary.", Javadoc.parse("Only a summary.\n").summary());
  }

  @Test
  void noComment() {
    assertEquals("", Javadoc.parse(null).summary());
    assertEquals(Map.of(), Javadoc.parse("  ").params());
  }

  @Test
  void commentWithOnlyTags() {
    Javadoc doc = Javadoc.parse("@param a first\n@param b second\n");
    assertEquals("", doc.summary());
    assertEquals(Map.of("a", "first", "b", "second"), doc.params());
  }
}
