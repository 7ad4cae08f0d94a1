package io.tributary.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Validated, typed option values by option name, read by the generated binder. Enum values are held
 * as constant names; the binder turns them into constants with the enum's own {@code valueOf}.
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

  /** An enum option's constant. */
  public <E extends Enum<E>> E enumValue(String name, Function<String, E> valueOf) {
    return valueOf.apply(get(name));
  }

  /** An optional enum option's constant. */
  public <E extends Enum<E>> Optional<E> optionalEnum(String name, Function<String, E> valueOf) {
    Optional<String> value = get(name);
    return value.map(valueOf);
  }

  /** A list of enum constants. */
  public <E extends Enum<E>> List<E> enumList(String name, Function<String, E> valueOf) {
    List<String> value = get(name);
    return value.stream().map(valueOf).toList();
  }

  /** A set of enum constants, in the order given. */
  public <E extends Enum<E>> Set<E> enumSet(String name, Function<String, E> valueOf) {
    Set<String> value = get(name);
    Set<E> out = new LinkedHashSet<>();
    value.forEach(v -> out.add(valueOf.apply(v)));
    return Collections.unmodifiableSet(out);
  }

  /** A map with enum constants as values, in the order given. */
  public <E extends Enum<E>> Map<String, E> enumMap(String name, Function<String, E> valueOf) {
    Map<String, String> value = get(name);
    Map<String, E> out = new LinkedHashMap<>();
    value.forEach((k, v) -> out.put(k, valueOf.apply(v)));
    return Collections.unmodifiableMap(out);
  }
}
