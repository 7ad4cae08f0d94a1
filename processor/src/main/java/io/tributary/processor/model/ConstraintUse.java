package io.tributary.processor.model;

import io.tributary.processor.diag.Position;
import java.util.List;
import java.util.Map;

/**
 * One Jakarta constraint annotation found on an option, with its attribute values (defaults
 * included) and what it applies to.
 *
 * @param kind which constraint it is
 * @param scope what the constraint applies to
 * @param values attribute values by name: {@code Long}, {@code Integer}, {@code String}, {@code
 *     Boolean}, or a list of values for arrays
 * @param at where to report a problem with it
 */
public record ConstraintUse(
    ConstraintKind kind, Scope scope, Map<String, Object> values, Position at) {
  /** Copies the map. */
  public ConstraintUse {
    values = Map.copyOf(values);
  }

  /** The annotation's simple name, e.g. {@code Min}. */
  public String name() {
    return kind.annotation();
  }

  /** What a constraint applies to. */
  public enum Scope {
    /** The option's value (also the value inside {@code Optional}). */
    VALUE,
    /** A list, set or map as a whole. */
    COLLECTION,
    /** Each item of a list or set, or each value of a map. */
    ITEM,
    /** Each key of a map (not supported). */
    KEY
  }

  /** A numeric attribute as a long. */
  public long longValue(String attribute) {
    return ((Number) values.get(attribute)).longValue();
  }

  /** A string attribute. */
  public String string(String attribute) {
    return (String) values.get(attribute);
  }

  /** A boolean attribute. */
  public boolean bool(String attribute) {
    return (Boolean) values.get(attribute);
  }

  /** An array attribute's length (0 when absent). */
  public int arrayLength(String attribute) {
    return values.get(attribute) instanceof List<?> list ? list.size() : 0;
  }
}
