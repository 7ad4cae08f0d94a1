package io.tributary.spi;

import io.tributary.Direction;
import io.tributary.schema.OptionModel;
import java.util.List;
import java.util.Set;

/**
 * One option every connector has (of one direction or both): a row of {@link CommonOptionTable}.
 * Its value is converted and checked by the same {@link io.tributary.schema.ValueChecker} as a
 * connector's own options; the help line, the reserved names and the CDK config key all come from
 * here.
 *
 * @param model the option's name, value type, default, constraints and help text
 * @param label the value's placeholder in {@code --help}, e.g. {@code <duration>}
 * @param expected what a value looks like, for messages ({@code a topic name})
 * @param directions the connectors that have it
 * @param aliases further flag names, without dashes
 * @param cdkKey where a Fluvio CDK config file sets it ({@code meta.consumer.id}; for options the
 *     CDK has no key for, Tributary's own {@code meta.<option name>}, such as {@code
 *     meta.on-record-error}), or {@code null}
 */
public record CommonOption(
    OptionModel model,
    String label,
    String expected,
    Set<Direction> directions,
    List<String> aliases,
    String cdkKey) {

  /** Copies the collections. */
  public CommonOption {
    directions = Set.copyOf(directions);
    aliases = List.copyOf(aliases);
  }

  /** The option's name: its long flag without {@code --}. */
  public String name() {
    return model.name();
  }

  /** The long flag, {@code --name}. */
  public String flag() {
    return model.flag();
  }

  /** Whether connectors of this direction have the option. */
  public boolean appliesTo(Direction direction) {
    return directions.contains(direction);
  }

  /** The help line: the description, then the default when there is one. */
  public String help() {
    String text = model.description();
    return model.defaultValue() == null
        ? text
        : text
            + " (default: "
            + (model.defaultValue().isEmpty() ? "none" : model.defaultValue())
            + ")";
  }
}
