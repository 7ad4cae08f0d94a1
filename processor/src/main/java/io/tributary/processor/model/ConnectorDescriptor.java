package io.tributary.processor.model;

import io.tributary.schema.ConnectorModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;

/**
 * A validated connector: everything the writers need, built once.
 *
 * @param record the options record
 * @param implementation the Source or Sink class
 * @param packageName the record's package, where the definition is generated
 * @param definitionName the generated class's simple name, e.g. {@code Tributary_HttpOptions}
 * @param model the connector as its metadata document describes it
 * @param options the options, in declaration order (the same as {@code model.options()})
 */
public record ConnectorDescriptor(
    TypeElement record,
    TypeElement implementation,
    String packageName,
    String definitionName,
    ConnectorModel model,
    List<OptionDescriptor> options) {

  /** Checks arguments and copies the list. */
  public ConnectorDescriptor {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(implementation, "implementation");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(definitionName, "definitionName");
    Objects.requireNonNull(model, "model");
    options = List.copyOf(options);
  }

  /** The generated class's binary name, as listed in {@code META-INF/services}. */
  public String definitionBinaryName() {
    return packageName.isEmpty() ? definitionName : packageName + "." + definitionName;
  }
}
