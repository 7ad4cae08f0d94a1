package io.tributary.processor.model;

import com.sun.source.util.Trees;
import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.processor.diag.Position;
import io.tributary.processor.model.ConnectorRecord.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The read phase: turns a {@code @Connector} element into a {@link ConnectorRecord}, reading each
 * annotation, doc comment and component once. Validation and modelling then work on that value
 * alone; this class keeps nothing between calls.
 */
public final class RecordReader {
  private final Elements elements;
  private final Trees trees;
  private final ConstraintReader constraints;

  /**
   * Reads through the given utilities; {@code trees} (javac's, or {@code null} under another
   * compiler) tells members written in the source from those javac adds to every record.
   */
  public RecordReader(Elements elements, Trees trees) {
    this.elements = elements;
    this.trees = trees;
    this.constraints = new ConstraintReader(elements);
  }

  /** Reads an element annotated with {@code @Connector}. */
  public ConnectorRecord read(TypeElement element, String versionOption) {
    AnnotationMirror connector = Annotations.find(element, Annotations.CONNECTOR).orElseThrow();
    Written name =
        new Written(
            Annotations.string(connector, "name", ""),
            Position.of(element, connector, Annotations.explicit(connector, "name").orElse(null)));
    Direction direction =
        Direction.valueOf(Annotations.enumConstant(connector, "direction", "SOURCE"));
    String version = version(connector, versionOption);
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    if (element.getKind() != ElementKind.RECORD) {
      String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      return new ConnectorRecord(
          element,
          connector,
          kind,
          Shape.USABLE,
          name,
          direction,
          version,
          "",
          packageName,
          definitionName(element),
          List.of(),
          false);
    }
    Javadoc doc = Javadoc.parse(elements.getDocComment(element));
    List<OptionComponent> options = new ArrayList<>();
    for (OptionSite site : OptionSite.of(element)) {
      options.add(option(site, doc));
    }
    return new ConnectorRecord(
        element,
        connector,
        null,
        shape(element),
        name,
        direction,
        version,
        connectorDescription(connector, doc),
        packageName,
        definitionName(element),
        options,
        writesToString(element));
  }

  private OptionComponent option(OptionSite site, Javadoc doc) {
    // Plain code, no lambdas or Optional chains: javac loads the processor afresh in every
    // compilation, where each lambda is a class spun again (docs/performance.md).
    AnnotationMirror option = site.option().orElse(null);
    TypeMirror type = site.component().asType();
    MappedType mapped = TypeMapper.map(type).orElse(null);
    return new OptionComponent(
        site,
        name(site, option),
        written(site, option, "aliases"),
        description(site, option, doc),
        defaultValue(site, option),
        written(site, option, "examples"),
        site.has(Annotations.SECRET),
        site.has(Annotations.DEPRECATED),
        mapped,
        mapped != null && mapped.enumElement() != null && Access.isPrivate(mapped.enumElement()),
        mapped == null ? List.of() : constraints.read(site, mapped));
  }

  /** {@code @Option(name)} where written, else the component's name in kebab-case on its line. */
  private static Written name(OptionSite site, AnnotationMirror option) {
    AnnotationValue value =
        option == null ? null : Annotations.explicit(option, "name").orElse(null);
    String explicit = value == null ? "" : (String) value.getValue();
    return new Written(
        explicit.isEmpty() ? Naming.kebabCase(site.name()) : explicit,
        value != null ? site.at(option, value) : site.at());
  }

  /** The default, unless it is absent or the "no default" marker. */
  private static Written defaultValue(OptionSite site, AnnotationMirror option) {
    AnnotationValue value =
        option == null ? null : Annotations.explicit(option, "defaultValue").orElse(null);
    if (value == null || value.getValue().equals(Option.NO_DEFAULT)) {
      return null;
    }
    return new Written((String) value.getValue(), site.at(option, value));
  }

  /** The items of a string-array attribute of {@code @Option}, each where written. */
  private static List<Written> written(OptionSite site, AnnotationMirror option, String attribute) {
    List<Written> out = new ArrayList<>();
    if (option != null) {
      for (AnnotationValue v : Annotations.items(option, attribute)) {
        out.add(new Written((String) v.getValue(), site.at(option, v)));
      }
    }
    return out;
  }

  /** {@code @Option(description)} or the component's {@code @param} text, or empty. */
  private static String description(OptionSite site, AnnotationMirror option, Javadoc doc) {
    String explicit = option == null ? "" : Annotations.string(option, "description", "").strip();
    return explicit.isEmpty() ? doc.params().getOrDefault(site.name(), "") : explicit;
  }

  /** {@code @Connector(description)} or the record's first Javadoc paragraph, or empty. */
  private static String connectorDescription(AnnotationMirror connector, Javadoc doc) {
    String explicit = Annotations.string(connector, "description", "").strip();
    return explicit.isEmpty() ? doc.summary() : explicit;
  }

  /** {@code @Connector(version)}, else the processor option, else {@code null}. */
  private static String version(AnnotationMirror connector, String versionOption) {
    String explicit = Annotations.string(connector, "version", "").strip();
    if (!explicit.isEmpty()) {
      return explicit;
    }
    return versionOption == null || versionOption.isBlank() ? null : versionOption.strip();
  }

  private static Shape shape(TypeElement record) {
    if (!record.getTypeParameters().isEmpty()) {
      return Shape.GENERIC;
    }
    if (Access.isLocal(record)) {
      return Shape.LOCAL;
    }
    return Access.isPrivate(record) ? Shape.PRIVATE : Shape.USABLE;
  }

  /** {@code Tributary_Outer_Inner} for the record {@code Outer.Inner}. */
  private static String definitionName(TypeElement record) {
    StringBuilder name = new StringBuilder(record.getSimpleName());
    for (Element e = record.getEnclosingElement();
        e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return "Tributary_" + name;
  }

  private boolean writesToString(TypeElement record) {
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

  /** On JDK 17 the implicit toString() of a record claims to be EXPLICIT but has no tree. */
  private boolean isWritten(Element member) {
    if (trees != null) {
      return trees.getTree(member) != null;
    }
    return elements.getOrigin(member) == Elements.Origin.EXPLICIT;
  }
}
