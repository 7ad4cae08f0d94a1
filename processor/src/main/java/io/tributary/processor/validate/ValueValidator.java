package io.tributary.processor.validate;

import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.Position;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.schema.Constraints;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import io.tributary.schema.ValueChecker;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks defaults and examples with the runtime's own {@link ValueChecker}, so a default accepted
 * here is a default the connector accepts at run time: first against the bare type (does it parse,
 * is it a constant), then against the option's constraints.
 */
final class ValueValidator {
  private ValueValidator() {}

  /** What is wrong with a value. */
  private enum Fault {
    TYPE,
    ENUM,
    CONSTRAINT
  }

  private record Outcome(Fault fault, String detail) {}

  /** Checks the option's default, if it has one. */
  static void checkDefault(
      OptionModel option, String enumName, Position at, ValidationReport.Builder report) {
    String text = option.defaultValue();
    if (text == null) {
      return;
    }
    Outcome outcome = check(option, text);
    if (outcome == null) {
      return;
    }
    switch (outcome.fault()) {
      case TYPE ->
          report.report(
              Message.DEFAULT_TYPE, at, text, option.name(), "valid: " + outcome.detail());
      case ENUM ->
          report.report(
              Message.DEFAULT_ENUM,
              at,
              text,
              option.name(),
              enumName,
              String.join(", ", option.enumValues()));
      case CONSTRAINT ->
          report.report(Message.DEFAULT_CONSTRAINT, at, text, option.name(), outcome.detail());
    }
  }

  /** Checks one example of the option. */
  static void checkExample(
      OptionModel option,
      String text,
      String enumName,
      Position at,
      ValidationReport.Builder report) {
    Outcome outcome = check(option, text);
    if (outcome == null) {
      return;
    }
    String what =
        switch (outcome.fault()) {
          case TYPE -> "is not valid: " + outcome.detail();
          case ENUM ->
              "is not a constant of "
                  + enumName
                  + " ("
                  + String.join(", ", option.enumValues())
                  + ")";
          case CONSTRAINT -> "breaks the option's constraints: " + outcome.detail();
        };
    report.report(Message.EXAMPLE, at, text, option.name(), what);
  }

  /** {@code null} when the text is a valid value of the option. */
  private static Outcome check(OptionModel option, String text) {
    boolean constrained = !option.constraints().isEmpty() || !option.itemConstraints().isEmpty();
    // Without constraints the option checks as its bare type: one check is enough.
    OptionModel bare =
        !constrained
            ? option
            : new OptionModel(
                option.name(),
                option.type(),
                option.container(),
                null,
                option.description(),
                option.secret(),
                option.deprecated(),
                option.enumValues(),
                List.of(),
                Constraints.NONE,
                Constraints.NONE,
                List.of());
    ValueChecker.Result typed = ValueChecker.check(bare, ValueChecker.split(bare, text));
    if (!typed.ok()) {
      boolean enumFault =
          option.type() == OptionType.ENUM
              && typed.problems().stream().allMatch(ValueChecker.Problem::unparsable);
      return new Outcome(enumFault ? Fault.ENUM : Fault.TYPE, describe(typed, text));
    }
    if (!constrained) {
      return null;
    }
    ValueChecker.Result full = ValueChecker.check(option, ValueChecker.split(option, text));
    return full.ok() ? null : new Outcome(Fault.CONSTRAINT, describe(full, text));
  }

  private static String describe(ValueChecker.Result result, String text) {
    return result.problems().stream()
        .map(
            p ->
                p.got() == null || p.got().equals(text)
                    ? p.message()
                    : "\"" + p.got() + "\" " + p.message())
        .collect(Collectors.joining(", "));
  }
}
