package io.tributary.processor.diag;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, optionally narrowed to one of its annotations and one of
 * that annotation's values (the arguments of the 5-argument {@code Messager.printMessage}).
 *
 * @param element the element (never a record component: those carry no position on JDK 17)
 * @param annotation an annotation on {@code element}, or {@code null}
 * @param value a value of {@code annotation}, or {@code null}
 */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {
  /** Checks that the element is present. */
  public Position {
    Objects.requireNonNull(element, "element");
  }

  /** The element itself. */
  public static Position of(Element element) {
    return new Position(element, null, null);
  }

  /** An annotation on the element. */
  public static Position of(Element element, AnnotationMirror annotation) {
    return new Position(element, annotation, null);
  }

  /** A value of an annotation on the element. */
  public static Position of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new Position(element, annotation, value);
  }
}
