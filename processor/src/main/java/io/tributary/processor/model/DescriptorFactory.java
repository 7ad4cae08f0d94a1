package io.tributary.processor.model;

import io.tributary.processor.model.ConstraintUse.Scope;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The model phase: descriptors from a validated {@link ConnectorRecord}, as pure functions of it.
 * Callers validate first: this class assumes supported types and well-formed constraints.
 */
public final class DescriptorFactory {
  private DescriptorFactory() {}

  /** The connector described by a valid record whose implementation is known. */
  public static ConnectorDescriptor connector(ConnectorRecord record, TypeElement implementation) {
    List<OptionDescriptor> options = new ArrayList<>();
    List<OptionModel> models = new ArrayList<>();
    for (OptionComponent component : record.options()) {
      OptionDescriptor option = option(component);
      options.add(option);
      models.add(option.model());
    }
    ConnectorModel model =
        new ConnectorModel(
            record.name().text(),
            record.direction(),
            record.version(),
            record.description(),
            record.element().getSimpleName().toString(),
            models);
    return new ConnectorDescriptor(
        record.element(),
        implementation,
        record.packageName(),
        record.definitionName(),
        model,
        options);
  }

  /** One option of a component whose type is supported (validation checks its values with it). */
  public static OptionDescriptor option(OptionComponent component) {
    MappedType mapped = component.mapped();
    OptionModel.Builder b =
        OptionModel.builder(component.name().text(), mapped.type())
            .container(mapped.container())
            .description(component.description())
            .enumValues(mapped.enumValues())
            .examples(Written.texts(component.examples()))
            .aliases(Written.texts(component.aliases()));
    if (component.defaultValue() != null) {
      b.defaultValue(component.defaultValue().text());
    }
    if (component.secret()) {
      b.secret();
    }
    if (component.deprecated()) {
      b.deprecated();
    }
    b.constraints(ConstraintMapper.map(component.constraints(), Scope.VALUE, Scope.COLLECTION));
    b.itemConstraints(ConstraintMapper.map(component.constraints(), Scope.ITEM));
    return new OptionDescriptor(component.componentName(), b.build(), mapped.enumElement());
  }
}
