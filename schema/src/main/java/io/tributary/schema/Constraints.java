package io.tributary.schema;

import java.math.BigDecimal;

/**
 * Constraints on one value, as JSON Schema keywords. Numbers are kept as {@link BigDecimal} so a
 * bound prints as written. {@code null} means "no such constraint".
 *
 * @param minimum inclusive lower bound
 * @param exclusiveMinimum exclusive lower bound
 * @param maximum inclusive upper bound
 * @param exclusiveMaximum exclusive upper bound
 * @param minLength least number of characters (code points)
 * @param maxLength most number of characters (code points)
 * @param minItems least number of items (or entries of a map)
 * @param maxItems most number of items (or entries of a map)
 * @param pattern a regular expression the value must contain a match of (JSON Schema semantics)
 * @param email whether the value must be an e-mail address ({@code format: email})
 */
public record Constraints(
    BigDecimal minimum,
    BigDecimal exclusiveMinimum,
    BigDecimal maximum,
    BigDecimal exclusiveMaximum,
    Integer minLength,
    Integer maxLength,
    Integer minItems,
    Integer maxItems,
    String pattern,
    boolean email) {

  /**
   * What an e-mail address must look like (ASCII, dot-atom local part, host name); written to the
   * schema as a {@code pattern} beside {@code "format": "email"} so both agree.
   */
  public static final String EMAIL_PATTERN =
      "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$";

  /** No constraint at all. */
  public static final Constraints NONE =
      new Constraints(null, null, null, null, null, null, null, null, null, false);

  /** A builder starting from no constraint. */
  public static Builder builder() {
    return new Builder(NONE);
  }

  /** A builder starting from these constraints. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * True when there is no constraint (field by field: the record's {@code equals} bootstraps a
   * method handle per class loader, and the processor is loaded afresh in every compilation).
   */
  public boolean isEmpty() {
    return minimum == null
        && exclusiveMinimum == null
        && maximum == null
        && exclusiveMaximum == null
        && minLength == null
        && maxLength == null
        && minItems == null
        && maxItems == null
        && pattern == null
        && !email;
  }

  /** Builds {@link Constraints}; each setter replaces one keyword. */
  public static final class Builder {
    private BigDecimal minimum;
    private BigDecimal exclusiveMinimum;
    private BigDecimal maximum;
    private BigDecimal exclusiveMaximum;
    private Integer minLength;
    private Integer maxLength;
    private Integer minItems;
    private Integer maxItems;
    private String pattern;
    private boolean email;

    private Builder(Constraints c) {
      minimum = c.minimum;
      exclusiveMinimum = c.exclusiveMinimum;
      maximum = c.maximum;
      exclusiveMaximum = c.exclusiveMaximum;
      minLength = c.minLength;
      maxLength = c.maxLength;
      minItems = c.minItems;
      maxItems = c.maxItems;
      pattern = c.pattern;
      email = c.email;
    }

    /** Sets {@code minimum}. */
    public Builder minimum(String value) {
      minimum = new BigDecimal(value);
      return this;
    }

    /** Sets {@code exclusiveMinimum}. */
    public Builder exclusiveMinimum(String value) {
      exclusiveMinimum = new BigDecimal(value);
      return this;
    }

    /** Sets {@code maximum}. */
    public Builder maximum(String value) {
      maximum = new BigDecimal(value);
      return this;
    }

    /** Sets {@code exclusiveMaximum}. */
    public Builder exclusiveMaximum(String value) {
      exclusiveMaximum = new BigDecimal(value);
      return this;
    }

    /** Sets {@code minLength}. */
    public Builder minLength(int value) {
      minLength = value;
      return this;
    }

    /** Sets {@code maxLength}. */
    public Builder maxLength(int value) {
      maxLength = value;
      return this;
    }

    /** Sets {@code minItems}. */
    public Builder minItems(int value) {
      minItems = value;
      return this;
    }

    /** Sets {@code maxItems}. */
    public Builder maxItems(int value) {
      maxItems = value;
      return this;
    }

    /** Sets {@code pattern} (JSON Schema semantics: the value contains a match). */
    public Builder pattern(String value) {
      pattern = value;
      return this;
    }

    /** Requires an e-mail address. */
    public Builder email() {
      email = true;
      return this;
    }

    /** The constraints. */
    public Constraints build() {
      return new Constraints(
          minimum,
          exclusiveMinimum,
          maximum,
          exclusiveMaximum,
          minLength,
          maxLength,
          minItems,
          maxItems,
          pattern,
          email);
    }
  }
}
