package io.tributary.processor.model;

import io.tributary.processor.model.ConstraintUse.Scope;
import io.tributary.schema.Constraints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns validated constraint annotations into JSON Schema constraints. Several bounds of one kind
 * keep the tightest; patterns are combined so that every one of them must hold.
 */
public final class ConstraintMapper {
  private ConstraintMapper() {}

  /**
   * The constraints of the uses with the given scopes ({@link Scope#VALUE} and {@link
   * Scope#COLLECTION} for the option itself, {@link Scope#ITEM} for its items).
   */
  public static Constraints map(Collection<ConstraintUse> uses, Scope... scopes) {
    Bounds bounds = new Bounds();
    for (ConstraintUse use : uses) {
      if (!List.of(scopes).contains(use.scope())) {
        continue;
      }
      boolean items = use.scope() == Scope.COLLECTION;
      // A switch expression: a new ConstraintKind does not compile until it is mapped here.
      bounds =
          switch (use.kind()) {
            case MIN -> bounds.lower(BigDecimal.valueOf(use.longValue("value")), false);
            case MAX -> bounds.upper(BigDecimal.valueOf(use.longValue("value")), false);
            case DECIMAL_MIN ->
                bounds.lower(new BigDecimal(use.string("value")), !use.bool("inclusive"));
            case DECIMAL_MAX ->
                bounds.upper(new BigDecimal(use.string("value")), !use.bool("inclusive"));
            case POSITIVE -> bounds.lower(BigDecimal.ZERO, true);
            case POSITIVE_OR_ZERO -> bounds.lower(BigDecimal.ZERO, false);
            case NEGATIVE -> bounds.upper(BigDecimal.ZERO, true);
            case NEGATIVE_OR_ZERO -> bounds.upper(BigDecimal.ZERO, false);
            case SIZE -> bounds.size(items, (int) use.longValue("min"), (int) use.longValue("max"));
            case NOT_EMPTY -> bounds.size(items, 1, Integer.MAX_VALUE);
            case NOT_BLANK -> bounds.size(false, 1, Integer.MAX_VALUE).notBlank();
            case PATTERN -> bounds.wholeMatch(use.string("regexp"));
            case EMAIL -> bounds.email();
          };
    }
    return bounds.build();
  }

  /**
   * The JSON Schema pattern (which needs only a match somewhere in the value) for Jakarta patterns
   * (which match the whole value) and {@code @NotBlank} (a non-space somewhere).
   */
  public static String jsonPattern(List<String> wholeMatches, boolean notBlank) {
    if (wholeMatches.isEmpty()) {
      return notBlank ? "\\S" : null;
    }
    if (wholeMatches.size() == 1 && !notBlank) {
      return "^(?:" + wholeMatches.get(0) + ")$";
    }
    StringBuilder out = new StringBuilder("^");
    for (String regexp : wholeMatches) {
      out.append("(?=(?:").append(regexp).append(")$)");
    }
    if (notBlank) {
      out.append("(?=[\\s\\S]*\\S)");
    }
    return out.toString();
  }

  /** The tightest bounds seen so far, kept as {@link Constraints}, and the patterns. */
  private static final class Bounds {
    private Constraints c = Constraints.NONE;
    private final List<String> wholeMatches = new ArrayList<>();
    private boolean notBlank;
    private boolean email;

    Bounds lower(BigDecimal value, boolean exclusive) {
      Constraints.Builder b = c.toBuilder();
      c =
          exclusive
              ? b.exclusiveMinimum(max(c.exclusiveMinimum(), value)).build()
              : b.minimum(max(c.minimum(), value)).build();
      return this;
    }

    Bounds upper(BigDecimal value, boolean exclusive) {
      Constraints.Builder b = c.toBuilder();
      c =
          exclusive
              ? b.exclusiveMaximum(min(c.exclusiveMaximum(), value)).build()
              : b.maximum(min(c.maximum(), value)).build();
      return this;
    }

    Bounds wholeMatch(String regexp) {
      wholeMatches.add(regexp);
      return this;
    }

    Bounds notBlank() {
      notBlank = true;
      return this;
    }

    Bounds email() {
      email = true;
      return this;
    }

    Bounds size(boolean items, int min, int max) {
      Constraints.Builder b = c.toBuilder();
      if (min > 0) {
        if (items) {
          b.minItems(c.minItems() == null ? min : Math.max(c.minItems(), min));
        } else {
          b.minLength(c.minLength() == null ? min : Math.max(c.minLength(), min));
        }
      }
      if (max != Integer.MAX_VALUE) {
        if (items) {
          b.maxItems(c.maxItems() == null ? max : Math.min(c.maxItems(), max));
        } else {
          b.maxLength(c.maxLength() == null ? max : Math.min(c.maxLength(), max));
        }
      }
      c = b.build();
      return this;
    }

    Constraints build() {
      String pattern = jsonPattern(wholeMatches, notBlank);
      Constraints.Builder b = c.toBuilder();
      if (pattern != null) {
        b.pattern(pattern);
      }
      if (email) {
        b.email();
      }
      return b.build();
    }

    private static String max(BigDecimal current, BigDecimal value) {
      return (current == null ? value : current.max(value)).toString();
    }

    private static String min(BigDecimal current, BigDecimal value) {
      return (current == null ? value : current.min(value)).toString();
    }
  }
}
