package io.tributary.spi;

import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the picocli options of connectors: a connector's own options from their models ({@link
 * #of}, what {@link ConnectorDefinition#addOptions} does) and the runtime's common options both go
 * through {@link #option}. Every option takes text (a list of texts when repeatable); the runtime
 * converts and validates the values itself, after parsing.
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
  public static OptionSpec option(
      String flag, String label, int kind, String description, String... aliases) {
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

  /**
   * A connector's option from its model: placeholder {@link #label}, help text {@link #helpText},
   * repeatable for a collection or map, a flag for a plain boolean, hidden when deprecated, the
   * aliases as further long flags.
   */
  public static OptionSpec of(OptionModel o) {
    int kind = o.container().isRepeatable() ? REPEATABLE : o.isFlag() ? BOOLEAN_FLAG : SINGLE;
    if (o.deprecated()) {
      kind |= HIDDEN;
    }
    String[] aliases = new String[o.aliases().size()];
    for (int i = 0; i < aliases.length; i++) {
      aliases[i] = "--" + o.aliases().get(i);
    }
    return option(o.flag(), "<" + label(o) + ">", kind, helpText(o), aliases);
  }

  /**
   * The value's placeholder: an enum's values ({@code a|b}), {@code true|false} for a boolean (as
   * the common options write it), {@code key=value} for a map, else the type's label.
   */
  public static String label(OptionModel o) {
    if (o.container() == Container.MAP) {
      return "key=value";
    }
    if (o.type() == OptionType.ENUM && !o.enumValues().isEmpty()) {
      return String.join("|", o.enumValues());
    }
    return o.type() == OptionType.BOOLEAN ? "true|false" : o.type().label();
  }

  /**
   * The description, with {@code (default: X)} unless the option is secret, and {@code (required)}
   * when it must be given, as the common options say it; {@code %} doubled, since picocli formats
   * help text with {@code String.format}.
   */
  public static String helpText(OptionModel o) {
    String text = o.description();
    String suffix = null;
    if (o.defaultValue() != null && !o.secret()) {
      suffix = "(default: " + o.defaultValue() + ")";
    } else if (o.required()) {
      suffix = "(required)";
    }
    if (suffix != null) {
      text = text.isEmpty() ? suffix : text + " " + suffix;
    }
    return text.replace("%", "%%");
  }
}
