package io.tributary.schema;

/** How an option's Java type wraps its {@link OptionType}. */
public enum Container {
  /** A plain value, e.g. {@code String} or {@code int}. */
  SCALAR,
  /** {@code Optional<T>}: nullable in the schema, never required. */
  OPTIONAL,
  /** {@code OptionalInt}. */
  OPTIONAL_INT,
  /** {@code OptionalLong}. */
  OPTIONAL_LONG,
  /** {@code OptionalDouble}. */
  OPTIONAL_DOUBLE,
  /** {@code List<T>}: a repeatable flag, an array in the schema. */
  LIST,
  /** {@code Set<T>}: a repeatable flag, an array with unique items in the schema. */
  SET,
  /** {@code Map<String, T>}: a repeatable {@code key=value} flag, an object in the schema. */
  MAP;

  /** True for the {@code Optional*} containers. */
  public boolean isOptional() {
    return this == OPTIONAL
        || this == OPTIONAL_INT
        || this == OPTIONAL_LONG
        || this == OPTIONAL_DOUBLE;
  }

  /** True for containers whose flag may be given several times. */
  public boolean isRepeatable() {
    return this == LIST || this == SET || this == MAP;
  }
}
