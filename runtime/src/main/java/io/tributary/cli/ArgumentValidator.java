package io.tributary.cli;

import io.tributary.schema.OptionModel;
import io.tributary.schema.ValueChecker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Converts and checks a connector's own options, reporting every problem at once. */
final class ArgumentValidator {
  private static final String MASK = "****";

  /**
   * A value shown bare, as docs/cli.md#validation shows it ({@code got 250}); any other text is
   * quoted.
   */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private ArgumentValidator() {}

  /**
   * Checks each option and returns the typed values by option name; every problem goes to {@code
   * out}, naming the flag, with secret values masked.
   */
  static Map<String, Object> validate(List<OptionModel> options, RawArgs raw, List<Violation> out) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (OptionModel option : options) {
      ValueChecker.Result result = ValueChecker.check(option, raw.get(option.name()));
      for (ValueChecker.Problem p : result.problems()) {
        out.add(new Violation(option.flag(), message(option, p) + raw.origin(option.name())));
      }
      values.put(option.name(), result.value());
    }
    return values;
  }

  private static String message(OptionModel option, ValueChecker.Problem p) {
    if (p.got() == null) {
      return p.message();
    }
    String got =
        option.secret() ? MASK : NUMBER.matcher(p.got()).matches() ? p.got() : "'" + p.got() + "'";
    return p.message() + ", got " + got;
  }
}
