package io.tributary.processor.model;

import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.processor.model.ConstraintUse.Scope;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Builds descriptors from validated records. Callers validate first: this class assumes
 * supported types and well-formed constraints.
 */
public final class DescriptorFactory {
  private final Elements elements;
  private final ConstraintReader constraints;
  /** Options built while validating a record, reused when its descriptor is built. */
  private final Map<RecordComponentElement, OptionDescriptor> built = new IdentityHashMap<>();

  /** Reads doc comments and annotation defaults through the given utilities. */
  public DescriptorFactory(Elements elements) {
    this.elements = elements;
    this.constraints = new ConstraintReader(elements);
  }

  /** The constraint reader this factory uses. */
  public ConstraintReader constraintReader() {
    return constraints;
  }

  /** The record's Javadoc. */
  public Javadoc javadoc(TypeElement record) {
    return Javadoc.parse(elements.getDocComment(record));
  }

  /** The connector described by a valid record whose implementation is known. */
  public ConnectorDescriptor connector(
      TypeElement record, String versionOption, TypeElement implementation) {
    AnnotationMirror connector = Annotations.find(record, Annotations.CONNECTOR).orElseThrow();
    Javadoc doc = javadoc(record);
    List<OptionDescriptor> options = new ArrayList<>();
    List<OptionModel> models = new ArrayList<>();
    for (OptionSite site : OptionSite.of(record)) {
      MappedType mapped = TypeMapper.map(site.component().asType()).orElseThrow();
      OptionDescriptor option = option(site, mapped, doc);
      options.add(option);
      models.add(option.model());
    }
    ConnectorModel model = new ConnectorModel(
        Annotations.string(connector, "name", ""),
        Direction.valueOf(Annotations.enumConstant(connector, "direction", "SOURCE")),
        version(connector, versionOption),
        connectorDescription(connector, doc),
        record.getSimpleName().toString(),
        models);
    return new ConnectorDescriptor(record, implementation,
        elements.getPackageOf(record).getQualifiedName().toString(), definitionName(record),
        model, options);
  }

  /**
   * Forgets the options built so far; call when done with a record, so that a later round (or
   * another record) builds from the elements afresh.
   */
  public void forget() {
    built.clear();
    constraints.forget();
  }

  /**
   * One option of a valid record; built once per component until {@link #forget()} (validation
   * builds it to check defaults and examples, then the descriptor reuses it).
   */
  public OptionDescriptor option(OptionSite site, MappedType mapped, Javadoc doc) {
    OptionDescriptor known = built.get(site.component());
    if (known == null) {
      known = build(site, mapped, doc);
      built.put(site.component(), known);
    }
    return known;
  }

  private OptionDescriptor build(OptionSite site, MappedType mapped, Javadoc doc) {
    OptionModel.Builder b = OptionModel.builder(optionName(site), mapped.type())
        .container(mapped.container())
        .description(optionDescription(site, doc))
        .enumValues(mapped.enumValues())
        .examples(examples(site))
        .aliases(aliases(site));
    defaultValue(site).ifPresent(b::defaultValue);
    if (site.has(Annotations.SECRET)) {
      b.secret();
    }
    if (site.has(Annotations.DEPRECATED)) {
      b.deprecated();
    }
    List<ConstraintUse> uses = constraints.read(site, mapped);
    b.constraints(ConstraintMapper.map(uses, Scope.VALUE, Scope.COLLECTION));
    b.itemConstraints(ConstraintMapper.map(uses, Scope.ITEM));
    return new OptionDescriptor(site.name(), b.build(), mapped.enumElement());
  }

  /** The option's name: {@code @Option(name)} or the component's name in kebab-case. */
  public static String optionName(OptionSite site) {
    String explicit = site.option().map(o -> Annotations.string(o, "name", "")).orElse("");
    return explicit.isEmpty() ? Naming.kebabCase(site.name()) : explicit;
  }

  /** The default as written in {@code @Option(defaultValue)}, if any. */
  public static java.util.Optional<String> defaultValue(OptionSite site) {
    return site.option()
        .map(o -> Annotations.string(o, "defaultValue", Option.NO_DEFAULT))
        .filter(v -> !v.equals(Option.NO_DEFAULT));
  }

  /** The examples written in {@code @Option(examples)}. */
  public static List<String> examples(OptionSite site) {
    return strings(site, "examples");
  }

  /** The aliases written in {@code @Option(aliases)}. */
  public static List<String> aliases(OptionSite site) {
    return strings(site, "aliases");
  }

  private static List<String> strings(OptionSite site, String attribute) {
    List<String> out = new ArrayList<>();
    site.option().ifPresent(o -> {
      for (AnnotationValue v : Annotations.items(o, attribute)) {
        out.add((String) v.getValue());
      }
    });
    return out;
  }

  /** {@code @Option(description)} or the component's {@code @param} text, or empty. */
  public static String optionDescription(OptionSite site, Javadoc doc) {
    String explicit =
        site.option().map(o -> Annotations.string(o, "description", "")).orElse("").strip();
    return explicit.isEmpty() ? doc.params().getOrDefault(site.name(), "") : explicit;
  }

  /** {@code @Connector(description)} or the record's first Javadoc paragraph, or empty. */
  public static String connectorDescription(AnnotationMirror connector, Javadoc doc) {
    String explicit = Annotations.string(connector, "description", "").strip();
    return explicit.isEmpty() ? doc.summary() : explicit;
  }

  /** {@code @Connector(version)}, else the processor option, else {@code null}. */
  public static String version(AnnotationMirror connector, String versionOption) {
    String explicit = Annotations.string(connector, "version", "").strip();
    if (!explicit.isEmpty()) {
      return explicit;
    }
    return versionOption == null || versionOption.isBlank() ? null : versionOption.strip();
  }

  /** {@code Tributary_Outer_Inner} for the record {@code Outer.Inner}. */
  public static String definitionName(TypeElement record) {
    StringBuilder name = new StringBuilder(record.getSimpleName());
    for (Element e = record.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return "Tributary_" + name;
  }
}
