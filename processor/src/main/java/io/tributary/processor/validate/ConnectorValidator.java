package io.tributary.processor.validate;

import com.sun.source.util.Trees;
import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.Position;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.Annotations;
import io.tributary.processor.model.DescriptorFactory;
import io.tributary.processor.model.Javadoc;
import io.tributary.processor.model.Naming;
import io.tributary.processor.model.OptionSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks a {@code @Connector} element: that it is a record the generated code can use, its name
 * and version, and every option (through {@link OptionValidator}). Returns a report; never prints.
 */
public final class ConnectorValidator {
  private final Elements elements;
  private final Trees trees;
  private final DescriptorFactory factory;
  private final OptionValidator options;

  /**
   * Validates with the given utilities; {@code trees} (javac's, or {@code null} under another
   * compiler) tells members written in the source from those javac adds to every record.
   */
  public ConnectorValidator(Elements elements, Trees trees, DescriptorFactory factory) {
    this.elements = elements;
    this.trees = trees;
    this.factory = factory;
    this.options = new OptionValidator(factory);
  }

  /** Checks an element annotated with {@code @Connector}. */
  public ValidationReport validate(Element element, String versionOption) {
    ValidationReport.Builder report = ValidationReport.builder();
    AnnotationMirror connector = Annotations.find(element, Annotations.CONNECTOR).orElseThrow();
    if (element.getKind() != ElementKind.RECORD) {
      String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      report.report(Message.NOT_RECORD, Position.of(element, connector), kind,
          element.getSimpleName(), element.getSimpleName());
      return report.build();
    }
    TypeElement record = (TypeElement) element;
    checkShape(record, connector, report);
    String name = Annotations.string(connector, "name", "");
    if (!Naming.isValid(name)) {
      report.report(Message.NAME, Position.of(record, connector,
          Annotations.explicit(connector, "name").orElse(null)), name);
    }
    if (DescriptorFactory.version(connector, versionOption) == null) {
      report.report(Message.VERSION, Position.of(record, connector), name);
    }
    Javadoc doc = factory.javadoc(record);
    if (DescriptorFactory.connectorDescription(connector, doc).isEmpty()) {
      report.report(Message.NO_DESCRIPTION, Position.of(record, connector),
          "connector '" + name + "'", "write a Javadoc comment on record '"
              + record.getSimpleName() + "' or set @Connector(description = \"...\")");
    }
    checkOptions(record, doc, report);
    return report.build();
  }

  private void checkShape(TypeElement record, AnnotationMirror connector,
      ValidationReport.Builder report) {
    String problem = null;
    if (!record.getTypeParameters().isEmpty()) {
      problem = "is generic";
    } else if (Access.isLocal(record)) {
      problem = "is declared inside a method";
    } else if (Access.isPrivate(record)) {
      problem = "is private or nested in a private type";
    }
    if (problem != null) {
      report.report(Message.RECORD_SHAPE, Position.of(record, connector),
          record.getQualifiedName(), problem);
    }
  }

  private void checkOptions(TypeElement record, Javadoc doc, ValidationReport.Builder report) {
    Map<String, OptionSite> byName = new LinkedHashMap<>();
    List<String> secrets = new ArrayList<>();
    for (OptionSite site : OptionSite.of(record)) {
      report.addAll(options.validate(site, doc));
      String name = DescriptorFactory.optionName(site);
      OptionSite first = byName.putIfAbsent(name, site);
      if (first != null) {
        report.report(Message.DUPLICATE_OPTION, site.at(), name, site.name(), first.name());
      }
      for (AnnotationValue alias : OptionValidator.aliasValues(site)) {
        String text = (String) alias.getValue();
        OptionSite owner = byName.putIfAbsent(text, site);
        if (owner != null) {
          report.report(Message.DUPLICATE_OPTION, site.at(site.option().get(), alias), text,
              site.name(), owner.name());
        }
      }
      if (site.has(Annotations.SECRET)) {
        secrets.add(site.name());
      }
    }
    if (!secrets.isEmpty() && !overridesToString(record)) {
      report.report(Message.SECRET_TOSTRING, record, record.getSimpleName(),
          String.join(", ", secrets));
    }
  }

  /** On JDK 17 the implicit toString() of a record claims to be EXPLICIT but has no tree. */
  private boolean isWritten(Element member) {
    if (trees != null) {
      return trees.getTree(member) != null;
    }
    return elements.getOrigin(member) == Elements.Origin.EXPLICIT;
  }

  private boolean overridesToString(TypeElement record) {
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && member.getSimpleName().contentEquals("toString")
          && ((ExecutableElement) member).getParameters().isEmpty()
          && isWritten(member)) {
        return true;
      }
    }
    return false;
  }
}
