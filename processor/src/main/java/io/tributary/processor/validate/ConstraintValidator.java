package io.tributary.processor.validate;

import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.Position;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.ConstraintMapper;
import io.tributary.processor.model.ConstraintUse;
import io.tributary.processor.model.ConstraintUse.Scope;
import io.tributary.processor.model.MappedType;
import io.tributary.schema.Constraints;
import io.tributary.schema.OptionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks an option's constraint annotations: each applies to the option's type, sizes and
 * patterns are well formed, and the bounds together still allow some value.
 */
final class ConstraintValidator {
  private static final Set<String> NUMERIC = Set.of("Min", "Max", "DecimalMin", "DecimalMax",
      "Positive", "PositiveOrZero", "Negative", "NegativeOrZero");
  private static final Set<String> STRING_ONLY = Set.of("Pattern", "NotBlank", "Email");
  private static final Set<String> SIZES = Set.of("Size", "NotEmpty", "NotBlank");
  private static final Set<String> LOWER = Set.of("Min", "DecimalMin", "Positive",
      "PositiveOrZero");
  private static final Set<String> UPPER = Set.of("Max", "DecimalMax", "Negative",
      "NegativeOrZero");

  private ConstraintValidator() {}

  /** Checks the constraints of one option named {@code option}. */
  static ValidationReport validate(
      String option, MappedType mapped, List<ConstraintUse> uses, Position fallback) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (ConstraintUse use : uses) {
      String problem = applicability(use, mapped);
      if (problem != null) {
        report.report(Message.CONSTRAINT_TYPE, use.at(), use.name(), option,
            targetName(use.scope(), mapped), problem);
      } else {
        checkAttributes(option, use, report);
      }
    }
    if (!report.hasErrors()) {
      checkRange(option, mapped.type(), uses, Scope.VALUE, position(uses, Scope.VALUE, fallback),
          report);
      checkRange("the items of " + option, mapped.type(), uses, Scope.ITEM,
          position(uses, Scope.ITEM, fallback), report);
      // Several @Size/@NotEmpty/@NotBlank merge into one length (or item count) range.
      Constraints value = ConstraintMapper.map(uses, Scope.VALUE);
      checkCount(option, "length", value.minLength(), value.maxLength(),
          written(uses, Scope.VALUE, SIZES), sizePosition(uses, Scope.VALUE, fallback), report);
      Constraints items = ConstraintMapper.map(uses, Scope.ITEM);
      checkCount("the items of " + option, "length", items.minLength(), items.maxLength(),
          written(uses, Scope.ITEM, SIZES), sizePosition(uses, Scope.ITEM, fallback), report);
      Constraints whole = ConstraintMapper.map(uses, Scope.COLLECTION);
      checkCount(option, "number of items", whole.minItems(), whole.maxItems(),
          written(uses, Scope.COLLECTION, SIZES), sizePosition(uses, Scope.COLLECTION, fallback),
          report);
    }
    return report.build();
  }

  /** Why the constraint cannot apply, with the fix; {@code null} when it can. */
  private static String applicability(ConstraintUse use, MappedType mapped) {
    String name = use.name();
    if (use.scope() == Scope.KEY) {
      return "constraints on map keys are not supported; remove it";
    }
    if (use.scope() == Scope.COLLECTION) {
      return name.equals("Size") || name.equals("NotEmpty") ? null
          : "put it on the type argument to constrain each item, e.g. List<@" + name + "(...) "
              + simpleName(mapped) + ">";
    }
    OptionType type = mapped.type();
    if (NUMERIC.contains(name)) {
      return type.isNumeric() ? null
          : "numeric bounds apply to int, long, short, byte, double, float and BigDecimal options";
    }
    if (STRING_ONLY.contains(name) || name.equals("Size") || name.equals("NotEmpty")) {
      return type == OptionType.STRING ? null
          : "@" + name + " applies to String options (and @Size/@NotEmpty to List, Set and Map)";
    }
    return null;
  }

  private static void checkAttributes(String option, ConstraintUse use,
      ValidationReport.Builder report) {
    switch (use.name()) {
      case "Size" -> {
        long min = use.longValue("min");
        long max = use.longValue("max");
        if (min < 0 || max < 0) {
          report.report(Message.SIZE, use.at(), min, max, option, "has a negative bound");
        } else if (min > max) {
          report.report(Message.SIZE, use.at(), min, max, option, "has min greater than max");
        }
      }
      case "Pattern" -> checkPattern(option, use, report);
      case "DecimalMin", "DecimalMax" -> {
        try {
          new BigDecimal(use.string("value"));
        } catch (NumberFormatException e) {
          report.report(Message.RANGE, use.at(), option, "use @" + use.name() + "(\""
              + use.string("value") + "\"), which is not a decimal number like \"1.5\"");
        }
      }
      default -> { }
    }
  }

  private static void checkPattern(String option, ConstraintUse use,
      ValidationReport.Builder report) {
    String regexp = use.string("regexp");
    if (use.arrayLength("flags") > 0) {
      report.report(Message.PATTERN, use.at(), regexp, option, "uses flags, which a JSON Schema"
          + " pattern cannot express; remove the flags and write them into the expression"
          + " (e.g. [Aa] instead of CASE_INSENSITIVE)");
      return;
    }
    try {
      Pattern.compile(regexp);
    } catch (PatternSyntaxException e) {
      report.report(Message.PATTERN, use.at(), regexp, option, "does not compile: "
          + e.getDescription() + " near index " + e.getIndex() + "; fix the regular expression");
    }
  }

  /** Reports bounds (with the type's own range) that leave no value allowed. */
  private static void checkRange(String option, OptionType type, List<ConstraintUse> uses,
      Scope scope, Position at, ValidationReport.Builder report) {
    Constraints c = ConstraintMapper.map(uses, scope);
    Bound lower = Bound.tighter(Bound.of(type.typeMinimum(), false, true),
        Bound.tighter(Bound.of(c.minimum(), false, false),
            Bound.of(c.exclusiveMinimum(), true, false), 1), 1);
    Bound upper = Bound.tighter(Bound.of(type.typeMaximum(), false, true),
        Bound.tighter(Bound.of(c.maximum(), false, false),
            Bound.of(c.exclusiveMaximum(), true, false), -1), -1);
    if (lower == null || upper == null) {
      return;
    }
    int cmp = lower.value().compareTo(upper.value());
    if (cmp > 0 || (cmp == 0 && (lower.exclusive() || upper.exclusive()))) {
      String bounds = "it must be " + lower.describe(true) + " and " + upper.describe(false);
      String lowers = written(uses, scope, LOWER);
      String uppers = written(uses, scope, UPPER);
      String text = !lowers.isEmpty() && !uppers.isEmpty()
          ? lowers + (cmp > 0 ? " is above " : " leaves no value below ") + uppers + ": " + bounds
          : (lowers + uppers) + " allows no value: " + bounds;
      report.report(Message.RANGE, at, option, text);
    }
  }

  /** Reports a length or item-count range that no value meets. */
  private static void checkCount(String option, String what, Integer min, Integer max,
      String annotations, Position at, ValidationReport.Builder report) {
    if (min != null && max != null && min > max) {
      report.report(Message.RANGE, at, option, annotations + " allow no value: its " + what
          + " must be at least " + min + " and at most " + max);
    }
  }

  /** The constraints of a scope among {@code names}, as written in the source: {@code @Min(70)}. */
  private static String written(List<ConstraintUse> uses, Scope scope, Set<String> names) {
    List<String> texts = new java.util.ArrayList<>();
    for (ConstraintUse use : uses) {
      if (use.scope() == scope && names.contains(use.name())) {
        texts.add(written(use));
      }
    }
    return String.join(" with ", texts);
  }

  private static String size(ConstraintUse use) {
    List<String> parts = new java.util.ArrayList<>();
    if (use.values().containsKey("min") && use.longValue("min") != 0) {
      parts.add("min = " + use.longValue("min"));
    }
    if (use.values().containsKey("max") && use.longValue("max") != Integer.MAX_VALUE) {
      parts.add("max = " + use.longValue("max"));
    }
    return "@Size(" + String.join(", ", parts) + ")";
  }

  private static String written(ConstraintUse use) {
    return switch (use.name()) {
      case "Min", "Max" -> "@" + use.name() + "(" + use.longValue("value") + ")";
      case "DecimalMin", "DecimalMax" -> "@" + use.name() + "("
          + (use.values().containsKey("inclusive") && !use.bool("inclusive")
              ? "value = \"" + use.string("value") + "\", inclusive = false"
              : "\"" + use.string("value") + "\"") + ")";
      case "Size" -> size(use);
      default -> "@" + use.name();
    };
  }

  /** The first size constraint of a scope (where a count problem shows), or the fallback. */
  private static Position sizePosition(List<ConstraintUse> uses, Scope scope, Position fallback) {
    for (ConstraintUse use : uses) {
      if (use.scope() == scope && SIZES.contains(use.name())) {
        return use.at();
      }
    }
    return fallback;
  }

  /** The first numeric constraint of a scope (where a range problem shows), or the fallback. */
  private static Position position(List<ConstraintUse> uses, Scope scope, Position fallback) {
    for (ConstraintUse use : uses) {
      if (use.scope() == scope && NUMERIC.contains(use.name())) {
        return use.at();
      }
    }
    return fallback;
  }

  private static String targetName(Scope scope, MappedType mapped) {
    return switch (scope) {
      case COLLECTION -> "a " + mapped.container().name().charAt(0)
          + mapped.container().name().substring(1).toLowerCase(Locale.ROOT);
      case KEY -> "map keys";
      default -> "type " + simpleName(mapped);
    };
  }

  private static String simpleName(MappedType mapped) {
    String name = mapped.valueType().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** One end of a range. */
  private record Bound(BigDecimal value, boolean exclusive, boolean fromType) {
    static Bound of(BigDecimal value, boolean exclusive, boolean fromType) {
      return value == null ? null : new Bound(value, exclusive, fromType);
    }

    /** The tighter of two lower ({@code sign} 1) or upper ({@code sign} -1) bounds. */
    static Bound tighter(Bound a, Bound b, int sign) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      int cmp = a.value.compareTo(b.value) * sign;
      return cmp > 0 || (cmp == 0 && a.exclusive) ? a : b;
    }

    String describe(boolean lower) {
      String word = lower ? (exclusive ? "greater than " : "at least ")
          : (exclusive ? "less than " : "at most ");
      return word + value.toPlainString() + (fromType ? " (the type's own limit)" : "");
    }
  }
}
