package io.tributary.processor.model;

import java.util.Optional;

/**
 * The constraint annotations the processor understands ({@code jakarta.validation.constraints} or
 * {@code javax.validation.constraints}, read by simple name): one entry per kind, with what it
 * applies to and which bound it sets. {@link ConstraintMapper} (to JSON Schema) and the validator
 * (attribute checks, how a use is quoted in messages) switch over these entries exhaustively, so a
 * new entry does not compile until each of them says what it does.
 */
public enum ConstraintKind {
  /** {@code @Min(value)}. */
  MIN("Min", Target.NUMBER, Bound.LOWER),
  /** {@code @Max(value)}. */
  MAX("Max", Target.NUMBER, Bound.UPPER),
  /** {@code @DecimalMin(value, inclusive)}. */
  DECIMAL_MIN("DecimalMin", Target.NUMBER, Bound.LOWER),
  /** {@code @DecimalMax(value, inclusive)}. */
  DECIMAL_MAX("DecimalMax", Target.NUMBER, Bound.UPPER),
  /** {@code @Positive}. */
  POSITIVE("Positive", Target.NUMBER, Bound.LOWER),
  /** {@code @PositiveOrZero}. */
  POSITIVE_OR_ZERO("PositiveOrZero", Target.NUMBER, Bound.LOWER),
  /** {@code @Negative}. */
  NEGATIVE("Negative", Target.NUMBER, Bound.UPPER),
  /** {@code @NegativeOrZero}. */
  NEGATIVE_OR_ZERO("NegativeOrZero", Target.NUMBER, Bound.UPPER),
  /** {@code @Size(min, max)}: a length, or a number of items. */
  SIZE("Size", Target.STRING_OR_COLLECTION, Bound.SIZE),
  /** {@code @NotEmpty}: a length, or a number of items, of at least one. */
  NOT_EMPTY("NotEmpty", Target.STRING_OR_COLLECTION, Bound.SIZE),
  /** {@code @NotBlank}: at least one character that is not white space. */
  NOT_BLANK("NotBlank", Target.STRING, Bound.SIZE),
  /** {@code @Pattern(regexp, flags)}: the whole value matches. */
  PATTERN("Pattern", Target.STRING, Bound.NONE),
  /** {@code @Email}. */
  EMAIL("Email", Target.STRING, Bound.NONE);

  /** The option types a kind applies to. */
  public enum Target {
    /** Numeric options (or their items). */
    NUMBER,
    /** {@code String} options (or their items). */
    STRING,
    /** {@code String} options, and lists, sets and maps as a whole. */
    STRING_OR_COLLECTION
  }

  /** Which side of the allowed values a kind bounds. */
  public enum Bound {
    /** The least number. */
    LOWER,
    /** The greatest number. */
    UPPER,
    /** A length or a number of items. */
    SIZE,
    /** None: a shape (a pattern, an e-mail address). */
    NONE
  }

  private final String annotation;
  private final Target target;
  private final Bound bound;

  ConstraintKind(String annotation, Target target, Bound bound) {
    this.annotation = annotation;
    this.target = target;
    this.bound = bound;
  }

  /** The kind of the annotation with this simple name, if the processor understands it. */
  public static Optional<ConstraintKind> forAnnotation(String simpleName) {
    for (ConstraintKind kind : values()) {
      if (kind.annotation.equals(simpleName)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The annotation's simple name, e.g. {@code DecimalMin}. */
  public String annotation() {
    return annotation;
  }

  /** What the kind applies to. */
  public Target target() {
    return target;
  }

  /** Which bound the kind sets. */
  public Bound bound() {
    return bound;
  }
}
