package io.tributary.processor.model;

import io.tributary.processor.diag.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One record component together with the private field and the accessor that javac derives from it.
 * Annotations are looked up on all three; diagnostics point at the field, which (unlike the
 * component on JDK 17) has a source position on the component's line.
 *
 * @param component the record component
 * @param field the record's private field of the same name
 * @param accessor the accessor method
 */
public record OptionSite(
    RecordComponentElement component, VariableElement field, ExecutableElement accessor) {

  /** The sites of a record's components, in declaration order. */
  public static List<OptionSite> of(TypeElement record) {
    // One pass over the members (javac builds a new list on every getEnclosedElements() call):
    // a record of n components has about 3n members, so a scan per component is quadratic.
    Map<Name, VariableElement> fields = new HashMap<>();
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD) {
        fields.put(member.getSimpleName(), (VariableElement) member);
      }
    }
    List<OptionSite> sites = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      sites.add(
          new OptionSite(
              component, fields.get(component.getSimpleName()), component.getAccessor()));
    }
    return sites;
  }

  /** The component's name, e.g. {@code maxRetries}. */
  public String name() {
    return component.getSimpleName().toString();
  }

  /** The element diagnostics about this component are attached to. */
  public Element positionElement() {
    return field != null ? field : component;
  }

  /** A position on the component's line. */
  public Position at() {
    return Position.of(positionElement());
  }

  /** A position on an annotation of the component (found on its field) or on its line. */
  public Position at(AnnotationMirror mirror) {
    return at(mirror, null);
  }

  /** A position on an annotation value of the component, or the closest thing known. */
  public Position at(AnnotationMirror mirror, AnnotationValue value) {
    if (field != null && mirror != null && field.getAnnotationMirrors().contains(mirror)) {
      return Position.of(field, mirror, value);
    }
    return at();
  }

  /** An annotation on the component, its field or its accessor; the field's first. */
  public Optional<AnnotationMirror> annotation(String qualifiedName) {
    for (Element element : elements()) {
      Optional<AnnotationMirror> found = Annotations.find(element, qualifiedName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Whether the component carries the annotation (on itself, its field or its accessor). */
  public boolean has(String qualifiedName) {
    return annotation(qualifiedName).isPresent();
  }

  /** The {@code @Option} annotation, if any. */
  public Optional<AnnotationMirror> option() {
    return annotation(Annotations.OPTION);
  }

  /** The field, the component and the accessor, those that exist, in that order. */
  public List<Element> elements() {
    List<Element> out = new ArrayList<>(3);
    if (field != null) {
      out.add(field);
    }
    out.add(component);
    if (accessor != null) {
      out.add(accessor);
    }
    return out;
  }
}
