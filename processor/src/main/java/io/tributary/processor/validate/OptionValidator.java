package io.tributary.processor.validate;

import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.Position;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.Annotations;
import io.tributary.processor.model.ConstraintUse;
import io.tributary.processor.model.DescriptorFactory;
import io.tributary.processor.model.Javadoc;
import io.tributary.processor.model.MappedType;
import io.tributary.processor.model.Naming;
import io.tributary.processor.model.OptionSite;
import io.tributary.processor.model.TypeMapper;
import io.tributary.schema.OptionModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks one component of a connector record: its option name, its type, its constraints, its
 * default and examples, and (as warnings) its description and secrecy.
 */
final class OptionValidator {
  private final DescriptorFactory factory;

  OptionValidator(DescriptorFactory factory) {
    this.factory = factory;
  }

  /** Checks one component; {@code doc} is the record's Javadoc. */
  ValidationReport validate(OptionSite site, Javadoc doc) {
    ValidationReport.Builder report = ValidationReport.builder();
    String name = DescriptorFactory.optionName(site);
    checkName(site, name, report);
    if (DescriptorFactory.optionDescription(site, doc).isEmpty()) {
      report.report(Message.NO_DESCRIPTION, site.at(), "option '" + name + "'",
          "add '@param " + site.name() + " <description>' to the record's Javadoc or set"
              + " @Option(description = \"...\")");
    }
    if (Naming.looksSecret(name) && !site.has(Annotations.SECRET)) {
      report.report(Message.SECRET_NAME, site.at(), name, site.name());
    }
    Optional<MappedType> mapped = TypeMapper.map(site.component().asType());
    if (mapped.isEmpty()) {
      report.report(Message.TYPE, site.at(), site.name(), site.component().asType(),
          TypeMapper.SUPPORTED);
      return report.build();
    }
    if (mapped.get().enumElement() != null && Access.isPrivate(mapped.get().enumElement())) {
      report.report(Message.TYPE_INACCESSIBLE, site.at(), site.name(),
          mapped.get().enumElement().getQualifiedName());
    }
    List<ConstraintUse> uses = factory.constraintReader().read(site, mapped.get());
    ValidationReport constraints = ConstraintValidator.validate(name, mapped.get(), uses,
        site.at());
    report.addAll(constraints);
    if (constraints.isClean()) {
      checkValues(site, mapped.get(), doc, report);
    }
    return report.build();
  }

  private void checkName(OptionSite site, String name, ValidationReport.Builder report) {
    checkName(site, name, namePosition(site), report);
    for (AnnotationValue alias : aliasValues(site)) {
      checkName(site, (String) alias.getValue(), site.at(site.option().get(), alias), report);
    }
  }

  private static void checkName(OptionSite site, String name, Position at,
      ValidationReport.Builder report) {
    if (!Naming.isValid(name)) {
      report.report(Message.OPTION_NAME, at, name, site.name());
    } else if (Naming.RESERVED.contains(name)) {
      report.report(Message.RESERVED, at, name, site.name(), name);
    }
  }

  /** The values of {@code @Option(aliases)}, each with its own position. */
  static List<AnnotationValue> aliasValues(OptionSite site) {
    return site.option().map(o -> Annotations.items(o, "aliases")).orElse(List.of());
  }

  /** The {@code @Option(name)} value when written, else the component. */
  private static Position namePosition(OptionSite site) {
    Optional<AnnotationMirror> option = site.option();
    Optional<AnnotationValue> value = option.flatMap(o -> Annotations.explicit(o, "name"));
    return value.isPresent() ? site.at(option.get(), value.get()) : site.at();
  }

  private void checkValues(OptionSite site, MappedType mapped, Javadoc doc,
      ValidationReport.Builder report) {
    OptionModel model = factory.option(site, mapped, doc).model();
    String enumName = mapped.enumElement() == null ? ""
        : mapped.enumElement().getSimpleName().toString();
    Optional<AnnotationMirror> option = site.option();
    if (option.isEmpty()) {
      return;
    }
    Position defaultAt = Annotations.explicit(option.get(), "defaultValue")
        .map(v -> site.at(option.get(), v)).orElse(site.at());
    ValueValidator.checkDefault(model, enumName, defaultAt, report);
    for (AnnotationValue example : Annotations.items(option.get(), "examples")) {
      ValueValidator.checkExample(model, (String) example.getValue(), enumName,
          site.at(option.get(), example), report);
    }
  }
}
