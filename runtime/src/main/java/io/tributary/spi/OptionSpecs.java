package io.tributary.spi;

import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the picocli options of connectors: the generated {@code addOptions} and the runtime's
 * common options both call {@link #option}. Every option takes text (a list of texts when
 * repeatable); the runtime converts and validates the values itself, after parsing.
 */
public final class OptionSpecs {
  /** Kind: an option taking one value. */
  public static final int SINGLE = 0;
  /** Kind bit: a repeatable option ({@code --x a --x b}). */
  public static final int REPEATABLE = 1;
  /** Kind bit: a boolean flag, with an optional value ({@code --x}, {@code --x=false}). */
  public static final int BOOLEAN_FLAG = 2;
  /** Kind bit: left out of the help (deprecated options). */
  public static final int HIDDEN = 4;

  private OptionSpecs() {}

  /**
   * One option.
   *
   * @param flag the long flag, {@code --name}
   * @param label the value's placeholder in the help, e.g. {@code <duration>}
   * @param kind {@link #SINGLE}, or {@link #REPEATABLE} / {@link #BOOLEAN_FLAG}, possibly with
   *     {@link #HIDDEN}
   * @param description the help text (a picocli format string: {@code %} doubled)
   * @param aliases further names of the option
   */
  public static OptionSpec option(String flag, String label, int kind, String description,
      String... aliases) {
    String[] names = new String[aliases.length + 1];
    names[0] = flag;
    System.arraycopy(aliases, 0, names, 1, aliases.length);
    OptionSpec.Builder option = OptionSpec.builder(names).paramLabel(label);
    if ((kind & REPEATABLE) != 0) {
      option.type(List.class).auxiliaryTypes(String.class);
    } else {
      option.type(String.class);
    }
    if ((kind & BOOLEAN_FLAG) != 0) {
      option.arity("0..1").fallbackValue("true");
    }
    return option.description(description).hidden((kind & HIDDEN) != 0).build();
  }
}
