package io.tributary.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations by name, so the processor needs none of them on its own class path. */
public final class Annotations {
  /** {@code io.tributary.Connector}. */
  public static final String CONNECTOR = "io.tributary.Connector";

  /** {@code io.tributary.Option}. */
  public static final String OPTION = "io.tributary.Option";

  /** {@code io.tributary.Secret}. */
  public static final String SECRET = "io.tributary.Secret";

  /** {@code java.lang.Deprecated}. */
  public static final String DEPRECATED = "java.lang.Deprecated";

  private Annotations() {}

  /**
   * The qualified name of an annotation's type, e.g. {@code jakarta.validation.constraints.Min}.
   */
  public static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The annotation of the given type on the element, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      // contentEquals: no String built per annotation looked at.
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value written for an attribute, if it was written (defaults are not included). */
  public static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** A string attribute, or the fallback when it was not written. */
  public static String string(AnnotationMirror mirror, String attribute, String fallback) {
    AnnotationValue value = explicit(mirror, attribute).orElse(null);
    return value == null ? fallback : (String) value.getValue();
  }

  /** The items of an array attribute as annotation values (empty when not written). */
  public static List<AnnotationValue> items(AnnotationMirror mirror, String attribute) {
    Optional<AnnotationValue> value = explicit(mirror, attribute);
    if (value.isEmpty()) {
      return List.of();
    }
    Object raw = value.get().getValue();
    if (raw instanceof List<?> list) {
      List<AnnotationValue> out = new ArrayList<>();
      for (Object item : list) {
        out.add((AnnotationValue) item);
      }
      return out;
    }
    return List.of(value.get());
  }

  /** The name of an enum constant attribute (e.g. {@code SOURCE}), or the fallback. */
  public static String enumConstant(AnnotationMirror mirror, String attribute, String fallback) {
    AnnotationValue value = explicit(mirror, attribute).orElse(null);
    return value == null ? fallback : value.getValue().toString();
  }
}
