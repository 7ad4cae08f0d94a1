package io.tributary.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validated, typed option values by option name, read by the generated binder. Enum values are held
 * as constant names; the binder turns them into constants among the enum's own {@code values()}.
 */
public final class BoundOptions {
  private final Map<String, Object> values;

  /** Wraps typed values by option name. */
  public BoundOptions(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** The typed value of an option (unboxed by the caller's parameter type). */
  @SuppressWarnings("unchecked")
  public <T> T get(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException("no value for option " + name);
    }
    return (T) values.get(name);
  }

  /**
   * An enum option's constant. {@code constants} is the enum's {@code values()}: the generated
   * binder hands them over instead of a {@code valueOf} reference, which javac would resolve and
   * link as a lambda for every enum option (docs/performance.md, "Annotation processor").
   */
  public <E extends Enum<E>> E enumValue(String name, E[] constants) {
    return constant(get(name), constants);
  }

  /** An optional enum option's constant. */
  public <E extends Enum<E>> Optional<E> optionalEnum(String name, E[] constants) {
    Optional<String> value = get(name);
    return value.isEmpty() ? Optional.empty() : Optional.of(constant(value.get(), constants));
  }

  /** A list of enum constants. */
  public <E extends Enum<E>> List<E> enumList(String name, E[] constants) {
    List<String> value = get(name);
    List<E> out = new ArrayList<>(value.size());
    for (String v : value) {
      out.add(constant(v, constants));
    }
    return Collections.unmodifiableList(out);
  }

  /** A set of enum constants, in the order given. */
  public <E extends Enum<E>> Set<E> enumSet(String name, E[] constants) {
    Set<String> value = get(name);
    Set<E> out = new LinkedHashSet<>();
    for (String v : value) {
      out.add(constant(v, constants));
    }
    return Collections.unmodifiableSet(out);
  }

  /** A map with enum constants as values, in the order given. */
  public <E extends Enum<E>> Map<String, E> enumMap(String name, E[] constants) {
    Map<String, String> value = get(name);
    Map<String, E> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : value.entrySet()) {
      out.put(entry.getKey(), constant(entry.getValue(), constants));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The constant of that name, as the enum's {@code valueOf} finds it. */
  private static <E extends Enum<E>> E constant(String name, E[] constants) {
    for (E constant : constants) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("no enum constant " + name);
  }
}
