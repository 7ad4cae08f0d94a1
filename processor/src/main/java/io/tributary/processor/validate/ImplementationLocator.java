package io.tributary.processor.validate;

import io.tributary.Direction;
import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.Access;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the one class of the compilation that implements {@code Source<R>} (or {@code Sink<R>}) for
 * a connector record {@code R}, and checks that generated code can instantiate it.
 */
public final class ImplementationLocator {
  private final Elements elements;
  private final Types types;

  /** Looks types up through the given utilities. */
  public ImplementationLocator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The outcome of a search.
   *
   * @param implementation the implementation, when exactly one fits and the report is clean
   * @param report the problems found
   * @param missing true when no class implements either interface for the record (a later round may
   *     still bring one)
   */
  public record Result(TypeElement implementation, ValidationReport report, boolean missing) {}

  /** Searches the candidates (the classes of the compilation so far). */
  public Result locate(
      TypeElement record,
      Direction direction,
      String connector,
      Collection<TypeElement> candidates) {
    String want = interfaceName(direction);
    String other = interfaceName(direction == Direction.SOURCE ? Direction.SINK : Direction.SOURCE);
    List<TypeElement> matches = implementing(want, record, candidates);
    List<TypeElement> wrong = implementing(other, record, candidates);
    ValidationReport.Builder report = ValidationReport.builder();
    String recordName = record.getSimpleName().toString();
    String directionName = direction.jsonName();
    for (TypeElement type : wrong) {
      report.report(
          Message.WRONG_DIRECTION,
          type,
          type.getQualifiedName(),
          simple(other),
          recordName,
          connector,
          directionName,
          simple(want),
          recordName);
    }
    if (matches.isEmpty()) {
      if (wrong.isEmpty()) {
        report.report(
            Message.NO_IMPL, record, simple(want), recordName, connector, simple(want), recordName);
      }
      return new Result(null, report.build(), wrong.isEmpty());
    }
    if (matches.size() > 1) {
      String names =
          matches.stream()
              .map(t -> "'" + t.getQualifiedName() + "'")
              .collect(Collectors.joining(", "));
      report.report(Message.MANY_IMPL, record, simple(want), recordName, connector, names);
      return new Result(null, report.build(), false);
    }
    TypeElement impl = matches.get(0);
    String problem = accessProblem(impl);
    if (problem != null) {
      report.report(
          Message.IMPL_ACCESS,
          impl,
          impl.getQualifiedName(),
          simple(want),
          recordName,
          problem,
          impl.getSimpleName());
    }
    ValidationReport built = report.build();
    return new Result(built.isClean() ? impl : null, built, false);
  }

  private List<TypeElement> implementing(
      String iface, TypeElement record, Collection<TypeElement> candidates) {
    TypeElement element = elements.getTypeElement(iface);
    List<TypeElement> out = new ArrayList<>();
    if (element == null) {
      return out;
    }
    DeclaredType wanted = types.getDeclaredType(element, record.asType());
    for (TypeElement type : candidates) {
      boolean concreteClass =
          (type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD)
              && !type.getModifiers().contains(Modifier.ABSTRACT);
      if (concreteClass && types.isSubtype(type.asType(), wanted)) {
        out.add(type);
      }
    }
    if (out.size() > 1) {
      out.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    }
    return out;
  }

  /** Why {@code new Impl()} would not compile in another package, or {@code null}. */
  private static String accessProblem(TypeElement impl) {
    if (Access.isLocal(impl)) {
      return "is declared inside a method";
    }
    if (!Access.isPublicEverywhere(impl)) {
      return "is not public (or is nested in a non-public type, or is an inner class)";
    }
    if (!impl.getTypeParameters().isEmpty()) {
      return "is generic";
    }
    for (Element member : impl.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR
          && ((ExecutableElement) member).getParameters().isEmpty()) {
        return member.getModifiers().contains(Modifier.PUBLIC)
            ? null
            : "its no-argument constructor is not public";
      }
    }
    return "has no no-argument constructor";
  }

  private static String interfaceName(Direction direction) {
    return direction == Direction.SOURCE ? "io.tributary.Source" : "io.tributary.Sink";
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
