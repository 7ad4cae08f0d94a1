package io.tributary.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservedNamesTest {
  /** The listed names are the common options' names and aliases, plus help, version and keys. */
  @Test
  void listsEveryCommonOptionNameAndAliasAndNothingElse() {
    Set<String> expected = new HashSet<>();
    for (CommonOption row : CommonOptionTable.ROWS) {
      expected.add(row.name());
      expected.addAll(row.aliases());
    }
    expected.addAll(Set.of("help", "version", "h", "V", "meta", "transforms"));
    assertThat(ReservedNames.ALL).containsExactlyInAnyOrderElementsOf(expected);
  }
}
