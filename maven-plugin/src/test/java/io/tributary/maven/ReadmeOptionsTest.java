package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadmeOptionsTest {
  private static final String README =
      """
      # x
      before
      <!-- tributary:options x-source -->
      | old | table |
      <!-- /tributary:options -->
      after
      """;

  @Test
  void updateRewritesOnlyBetweenTheMarkers() {
    String after = ReadmeOptions.update(README, Map.of("x-source", "|new|\n"));
    assertThat(after)
        .isEqualTo(
            """
        # x
        before
        <!-- tributary:options x-source -->
        |new|
        <!-- /tributary:options -->
        after
        """);
    assertThat(ReadmeOptions.check(after, "README.md", Map.of("x-source", "|new|\n"))).isEmpty();
  }

  @Test
  void checkReportsADriftedTableAndAnUnknownConnector() {
    assertThat(ReadmeOptions.check(README, "README.md", Map.of("x-source", "|new|\n")))
        .extracting(p -> p.rule().id() + " " + p.message())
        .containsExactly(
            "TRIB-README-OPTIONS the options table of 'x-source' differs from its " + "metadata");
    assertThat(ReadmeOptions.check(README, "README.md", Map.of("y-sink", "|t|\n")))
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("'x-source'", "does not build", "y-sink");
  }

  @Test
  void aReadmeWithoutMarkersHasNothingToCheck() {
    assertThat(ReadmeOptions.hasMarkers("# plain\n")).isFalse();
    assertThat(ReadmeOptions.check("# plain\n", "README.md", Map.of("x", "|t|\n"))).isEmpty();
  }
}
