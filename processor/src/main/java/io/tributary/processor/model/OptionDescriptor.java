package io.tributary.processor.model;

import io.tributary.schema.OptionModel;
import java.util.Objects;
import javax.lang.model.element.TypeElement;

/**
 * One option as the writers need it.
 *
 * @param componentName the record component's name, e.g. {@code maxRetries}
 * @param model the option as the schema and the runtime see it
 * @param enumElement the enum type, for enum options, else {@code null}
 */
public record OptionDescriptor(String componentName, OptionModel model, TypeElement enumElement) {
  /** Checks arguments. */
  public OptionDescriptor {
    Objects.requireNonNull(componentName, "componentName");
    Objects.requireNonNull(model, "model");
  }
}
