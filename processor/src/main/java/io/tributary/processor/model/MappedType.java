package io.tributary.processor.model;

import io.tributary.schema.Container;
import io.tributary.schema.OptionType;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * How a component's Java type maps to an option: a value type in a container.
 *
 * @param type the value type (of the items, for containers)
 * @param container how the Java type wraps the value
 * @param valueType the Java type of one value, e.g. {@code java.lang.Integer} in {@code
 *     List<Integer>}
 * @param enumElement the enum, for {@link OptionType#ENUM}, else {@code null}
 * @param enumValues the enum's constant names as declared (empty for other types)
 */
public record MappedType(
    OptionType type,
    Container container,
    TypeMirror valueType,
    TypeElement enumElement,
    List<String> enumValues) {

  /** Checks arguments and copies the list. */
  public MappedType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(valueType, "valueType");
    enumValues = List.copyOf(enumValues);
  }
}
