package io.tributary.processor.validate;

import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.Position;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.DescriptorFactory;
import io.tributary.processor.model.MappedType;
import io.tributary.processor.model.Naming;
import io.tributary.processor.model.OptionComponent;
import io.tributary.processor.model.TypeMapper;
import io.tributary.processor.model.Written;
import io.tributary.schema.OptionModel;

/**
 * Checks one component as read: its option name, its type, its constraints, its default and
 * examples, and (as warnings) its description and secrecy.
 */
final class OptionValidator {
  private OptionValidator() {}

  /** Checks one component. */
  static ValidationReport validate(OptionComponent option) {
    ValidationReport.Builder report = ValidationReport.builder();
    String name = option.name().text();
    Position at = option.site().at();
    checkName(option, option.name(), report);
    for (Written alias : option.aliases()) {
      checkName(option, alias, report);
    }
    if (option.description().isEmpty()) {
      report.report(
          Message.NO_DESCRIPTION,
          at,
          "option '" + name + "'",
          "add '@param "
              + option.componentName()
              + " <description>' to the record's Javadoc or"
              + " set @Option(description = \"...\")");
    }
    if (Naming.looksSecret(name) && !option.secret()) {
      report.report(Message.SECRET_NAME, at, name, option.componentName());
    }
    MappedType mapped = option.mapped();
    if (mapped == null) {
      report.report(
          Message.TYPE, at, option.componentName(), option.javaType(), TypeMapper.supported());
      return report.build();
    }
    if (option.privateEnum()) {
      report.report(
          Message.TYPE_INACCESSIBLE,
          at,
          option.componentName(),
          mapped.enumElement().getQualifiedName());
    }
    ValidationReport constraints =
        ConstraintValidator.validate(name, mapped, option.constraints(), at);
    report.addAll(constraints);
    if (constraints.isClean()) {
      checkValues(option, report);
    }
    return report.build();
  }

  private static void checkName(
      OptionComponent option, Written name, ValidationReport.Builder report) {
    if (!Naming.isValid(name.text())) {
      report.report(Message.OPTION_NAME, name.at(), name.text(), option.componentName());
    } else if (Naming.RESERVED.contains(name.text())) {
      report.report(Message.RESERVED, name.at(), name.text(), option.componentName(), name.text());
    }
  }

  private static void checkValues(OptionComponent option, ValidationReport.Builder report) {
    if (option.defaultValue() == null && option.examples().isEmpty()) {
      return;
    }
    OptionModel model = DescriptorFactory.option(option).model();
    MappedType mapped = option.mapped();
    String enumName =
        mapped.enumElement() == null ? "" : mapped.enumElement().getSimpleName().toString();
    if (option.defaultValue() != null) {
      ValueValidator.checkDefault(model, enumName, option.defaultValue().at(), report);
    }
    for (Written example : option.examples()) {
      ValueValidator.checkExample(model, example.text(), enumName, example.at(), report);
    }
  }
}
