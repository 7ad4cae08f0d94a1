package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.Direction;
import io.tributary.spi.ReservedNames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class CommonOptionsTest {
  /** A connector option named like a common one would make picocli fail at start-up. */
  @Test
  void everyCommonOptionNameIsReservedForTheProcessor() {
    List<String> names = new ArrayList<>();
    for (Direction direction : Direction.values()) {
      CommandSpec spec = CommandSpec.create().mixinStandardHelpOptions(true);
      CommonOptions.addTo(spec, direction);
      for (OptionSpec option : spec.options()) {
        for (String name : option.names()) {
          names.add(name.replaceFirst("^--?", ""));
        }
      }
    }
    assertThat(names).contains("fluvio-topic", "array-map", "offset-start", "create-topic", "h");
    assertThat(ReservedNames.ALL).containsAll(names);
  }
}
