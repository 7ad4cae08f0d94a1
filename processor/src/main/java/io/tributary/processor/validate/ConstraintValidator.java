package io.tributary.processor.validate;

import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.Position;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.ConstraintKind;
import io.tributary.processor.model.ConstraintKind.Target;
import io.tributary.processor.model.ConstraintMapper;
import io.tributary.processor.model.ConstraintUse;
import io.tributary.processor.model.ConstraintUse.Scope;
import io.tributary.processor.model.MappedType;
import io.tributary.schema.Constraints;
import io.tributary.schema.OptionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks an option's constraint annotations: each applies to the option's type, sizes and patterns
 * are well formed, and the bounds together still allow some value.
 */
final class ConstraintValidator {
  /** The numeric option types, from their entries: "int, long, ... and BigDecimal". */
  private static final String NUMERIC_TYPES = numericTypes();

  private ConstraintValidator() {}

  private static String numericTypes() {
    List<String> names = new java.util.ArrayList<>();
    for (OptionType type : OptionType.values()) {
      if (type.isNumeric()) {
        names.add(
            type.primitiveType() != null
                ? type.primitiveType().getName()
                : type.javaType().getSimpleName());
      }
    }
    int last = names.size() - 1;
    return String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }

  /** Checks the constraints of one option named {@code option}. */
  static ValidationReport validate(
      String option, MappedType mapped, List<ConstraintUse> uses, Position fallback) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (uses.isEmpty()) {
      return report.build();
    }
    for (ConstraintUse use : uses) {
      String problem = applicability(use, mapped);
      if (problem != null) {
        report.report(
            Message.CONSTRAINT_TYPE,
            use.at(),
            use.name(),
            option,
            targetName(use.scope(), mapped),
            problem);
      } else {
        report.addAll(checkAttributes(option, use));
      }
    }
    if (!report.hasErrors()) {
      // Several @Size/@NotEmpty/@NotBlank merge into one length (or item count) range.
      Constraints value = ConstraintMapper.map(uses, Scope.VALUE);
      Constraints items = ConstraintMapper.map(uses, Scope.ITEM);
      checkRange(
          option,
          mapped.type(),
          value,
          uses,
          Scope.VALUE,
          position(uses, Scope.VALUE, fallback),
          report);
      checkRange(
          "the items of " + option,
          mapped.type(),
          items,
          uses,
          Scope.ITEM,
          position(uses, Scope.ITEM, fallback),
          report);
      checkCount(
          option,
          "length",
          value.minLength(),
          value.maxLength(),
          uses,
          Scope.VALUE,
          fallback,
          report);
      checkCount(
          "the items of " + option,
          "length",
          items.minLength(),
          items.maxLength(),
          uses,
          Scope.ITEM,
          fallback,
          report);
      Constraints whole = ConstraintMapper.map(uses, Scope.COLLECTION);
      checkCount(
          option,
          "number of items",
          whole.minItems(),
          whole.maxItems(),
          uses,
          Scope.COLLECTION,
          fallback,
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
    Target target = use.kind().target();
    if (use.scope() == Scope.COLLECTION) {
      return target == Target.STRING_OR_COLLECTION
          ? null
          : "put it on the type argument to constrain each item, e.g. List<@"
              + name
              + "(...) "
              + simpleName(mapped)
              + ">";
    }
    OptionType type = mapped.type();
    return switch (target) {
      case NUMBER ->
          type.isNumeric() ? null : "numeric bounds apply to " + NUMERIC_TYPES + " options";
      case STRING, STRING_OR_COLLECTION ->
          type == OptionType.STRING
              ? null
              : "@"
                  + name
                  + " applies to String options (and @Size/@NotEmpty to List, Set and Map)";
    };
  }

  /** What is wrong with the attributes of an applicable constraint. */
  private static ValidationReport checkAttributes(String option, ConstraintUse use) {
    ValidationReport.Builder report = ValidationReport.builder();
    // A switch expression: a new ConstraintKind does not compile until it says what it checks.
    return switch (use.kind()) {
      case SIZE -> {
        long min = use.longValue("min");
        long max = use.longValue("max");
        if (min < 0 || max < 0) {
          report.report(Message.SIZE, use.at(), min, max, option, "has a negative bound");
        } else if (min > max) {
          report.report(Message.SIZE, use.at(), min, max, option, "has min greater than max");
        }
        yield report.build();
      }
      case PATTERN -> {
        checkPattern(option, use, report);
        yield report.build();
      }
      case DECIMAL_MIN, DECIMAL_MAX -> {
        try {
          new BigDecimal(use.string("value"));
        } catch (NumberFormatException e) {
          report.report(
              Message.RANGE,
              use.at(),
              option,
              "use @"
                  + use.name()
                  + "(\""
                  + use.string("value")
                  + "\"), which is not a decimal number like \"1.5\"");
        }
        yield report.build();
      }
      case MIN,
          MAX,
          POSITIVE,
          POSITIVE_OR_ZERO,
          NEGATIVE,
          NEGATIVE_OR_ZERO,
          NOT_EMPTY,
          NOT_BLANK,
          EMAIL ->
          report.build();
    };
  }

  private static void checkPattern(
      String option, ConstraintUse use, ValidationReport.Builder report) {
    String regexp = use.string("regexp");
    if (use.arrayLength("flags") > 0) {
      report.report(
          Message.PATTERN,
          use.at(),
          regexp,
          option,
          "uses flags, which a JSON Schema"
              + " pattern cannot express; remove the flags and write them into the expression"
              + " (e.g. [Aa] instead of CASE_INSENSITIVE)");
      return;
    }
    try {
      Pattern.compile(regexp);
    } catch (PatternSyntaxException e) {
      report.report(
          Message.PATTERN,
          use.at(),
          regexp,
          option,
          "does not compile: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + "; fix the regular expression");
    }
  }

  /**
   * Reports bounds {@code c} of a scope (with the type's own range) that leave no value allowed.
   */
  private static void checkRange(
      String option,
      OptionType type,
      Constraints c,
      List<ConstraintUse> uses,
      Scope scope,
      Position at,
      ValidationReport.Builder report) {
    Bound lower =
        Bound.tighter(
            Bound.of(type.typeMinimum(), false, true),
            Bound.tighter(
                Bound.of(c.minimum(), false, false),
                Bound.of(c.exclusiveMinimum(), true, false),
                1),
            1);
    Bound upper =
        Bound.tighter(
            Bound.of(type.typeMaximum(), false, true),
            Bound.tighter(
                Bound.of(c.maximum(), false, false),
                Bound.of(c.exclusiveMaximum(), true, false),
                -1),
            -1);
    if (lower == null || upper == null) {
      return;
    }
    int cmp = lower.value().compareTo(upper.value());
    if (cmp > 0 || (cmp == 0 && (lower.exclusive() || upper.exclusive()))) {
      String bounds = "it must be " + lower.describe(true) + " and " + upper.describe(false);
      String lowers = written(uses, scope, ConstraintKind.Bound.LOWER);
      String uppers = written(uses, scope, ConstraintKind.Bound.UPPER);
      String text =
          !lowers.isEmpty() && !uppers.isEmpty()
              ? lowers
                  + (cmp > 0 ? " is above " : " leaves no value below ")
                  + uppers
                  + ": "
                  + bounds
              : (lowers + uppers) + " allows no value: " + bounds;
      report.report(Message.RANGE, at, option, text);
    }
  }

  /**
   * Reports a length or item-count range that no value meets, on the first size constraint of the
   * scope (else the fallback), quoting the size constraints as written.
   */
  private static void checkCount(
      String option,
      String what,
      Integer min,
      Integer max,
      List<ConstraintUse> uses,
      Scope scope,
      Position fallback,
      ValidationReport.Builder report) {
    if (min != null && max != null && min > max) {
      report.report(
          Message.RANGE,
          sizePosition(uses, scope, fallback),
          option,
          written(uses, scope, ConstraintKind.Bound.SIZE)
              + " allow no value: its "
              + what
              + " must be at least "
              + min
              + " and at most "
              + max);
    }
  }

  /** The constraints of a scope setting {@code bound}, as written: {@code @Min(70)}. */
  private static String written(List<ConstraintUse> uses, Scope scope, ConstraintKind.Bound bound) {
    List<String> texts = new java.util.ArrayList<>();
    for (ConstraintUse use : uses) {
      if (use.scope() == scope && use.kind().bound() == bound) {
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
    return switch (use.kind()) {
      case MIN, MAX -> "@" + use.name() + "(" + use.longValue("value") + ")";
      case DECIMAL_MIN, DECIMAL_MAX ->
          "@"
              + use.name()
              + "("
              + (use.values().containsKey("inclusive") && !use.bool("inclusive")
                  ? "value = \"" + use.string("value") + "\", inclusive = false"
                  : "\"" + use.string("value") + "\"")
              + ")";
      case SIZE -> size(use);
      case POSITIVE,
          POSITIVE_OR_ZERO,
          NEGATIVE,
          NEGATIVE_OR_ZERO,
          NOT_EMPTY,
          NOT_BLANK,
          PATTERN,
          EMAIL ->
          "@" + use.name();
    };
  }

  /** The first size constraint of a scope (where a count problem shows), or the fallback. */
  private static Position sizePosition(List<ConstraintUse> uses, Scope scope, Position fallback) {
    for (ConstraintUse use : uses) {
      if (use.scope() == scope && use.kind().bound() == ConstraintKind.Bound.SIZE) {
        return use.at();
      }
    }
    return fallback;
  }

  /** The first numeric constraint of a scope (where a range problem shows), or the fallback. */
  private static Position position(List<ConstraintUse> uses, Scope scope, Position fallback) {
    for (ConstraintUse use : uses) {
      if (use.scope() == scope && use.kind().target() == Target.NUMBER) {
        return use.at();
      }
    }
    return fallback;
  }

  private static String targetName(Scope scope, MappedType mapped) {
    return switch (scope) {
      case COLLECTION ->
          "a "
              + mapped.container().name().charAt(0)
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
      String word =
          lower
              ? (exclusive ? "greater than " : "at least ")
              : (exclusive ? "less than " : "at most ");
      return word + value.toPlainString() + (fromType ? " (the type's own limit)" : "");
    }
  }
}
