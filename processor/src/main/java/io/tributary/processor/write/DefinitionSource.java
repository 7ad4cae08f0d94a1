package io.tributary.processor.write;

import io.tributary.processor.model.ConnectorDescriptor;
import io.tributary.processor.model.OptionDescriptor;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeMirror;

/**
 * What {@link DefinitionWriter} needs of a connector, as names: the generated class, the record,
 * the implementation and the options in the record's order.
 *
 * @param packageName the record's package, where the definition is generated
 * @param className the generated class's simple name, e.g. {@code Tributary_HttpOptions}
 * @param record the options record
 * @param implementation the Source or Sink class
 * @param source whether the connector is a Source (else a Sink)
 * @param options the options, in the record's component order
 */
public record DefinitionSource(
    String packageName,
    String className,
    ClassRef record,
    ClassRef implementation,
    boolean source,
    List<Option> options) {

  /**
   * One option as the binder and {@code describe} use it.
   *
   * @param componentName the record component's name, e.g. {@code maxRetries}
   * @param name the option's name, e.g. {@code max-retries}
   * @param container how values are held (single, optional, list, set, map)
   * @param enumType the enum type for enum options, else {@code null}
   * @param type the type the binder's accessor returns, written as its type argument ({@code
   *     values.<Duration>get("x")}): the enum for enum options, else the component's type, boxed;
   *     {@code null} to leave it to inference
   * @param secret whether {@code describe} masks the value
   * @param deprecated whether the option is deprecated (its accessor may be too)
   */
  public record Option(
      String componentName,
      String name,
      Container container,
      ClassRef enumType,
      ClassRef type,
      boolean secret,
      boolean deprecated) {}

  /** The names of a validated connector. */
  public static DefinitionSource of(ConnectorDescriptor connector) {
    Map<String, TypeMirror> types = new HashMap<>();
    for (RecordComponentElement component : connector.record().getRecordComponents()) {
      types.put(component.getSimpleName().toString(), component.asType());
    }
    List<Option> options = new ArrayList<>(connector.options().size());
    for (OptionDescriptor option : connector.options()) {
      OptionModel model = option.model();
      ClassRef enumType = option.enumElement() == null ? null : ClassRef.of(option.enumElement());
      TypeMirror type = types.get(option.componentName());
      options.add(
          new Option(
              option.componentName(),
              model.name(),
              model.container(),
              enumType,
              enumType != null ? enumType : type == null ? null : ClassRef.of(type),
              model.secret(),
              model.deprecated()));
    }
    return new DefinitionSource(
        connector.packageName(),
        connector.definitionName(),
        ClassRef.of(connector.record()),
        ClassRef.of(connector.implementation()),
        connector.model().direction() == io.tributary.Direction.SOURCE,
        options);
  }
}
