package io.tributary.processor.model;

import io.tributary.schema.Container;
import io.tributary.schema.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a component's Java type to an option type and container (docs/annotations.md, "Type
 * mapping"). The value types come from {@link OptionType}'s entries; only the containers are listed
 * here.
 */
public final class TypeMapper {
  /**
   * The supported types, as listed in {@code [TRIB-TYPE]}: every {@link OptionType} entry. Built
   * when a message needs it, not when the class initialises in every compilation.
   */
  public static String supported() {
    return javaNames()
        + "; Optional<T> of one of those, OptionalInt, OptionalLong, OptionalDouble; List<T> or"
        + " Set<T> of one of those; Map<String, T> of one of those";
  }

  private static final Map<String, Container> OPTIONAL_PRIMITIVES =
      Map.of(
          "java.util.OptionalInt", Container.OPTIONAL_INT,
          "java.util.OptionalLong", Container.OPTIONAL_LONG,
          "java.util.OptionalDouble", Container.OPTIONAL_DOUBLE);

  private static final Map<String, Container> CONTAINERS =
      Map.of(
          "java.util.Optional", Container.OPTIONAL,
          "java.util.List", Container.LIST,
          "java.util.Set", Container.SET,
          "java.util.Map", Container.MAP);

  private TypeMapper() {}

  private static String javaNames() {
    StringBuilder names = new StringBuilder();
    for (OptionType type : OptionType.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(type.javaName());
    }
    return names.toString();
  }

  /** The mapping of a component type, or empty when the type is not supported. */
  public static Optional<MappedType> map(TypeMirror type) {
    Optional<MappedType> scalar = scalar(type, Container.SCALAR);
    if (scalar.isPresent() || type.getKind() != TypeKind.DECLARED) {
      return scalar;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = qualifiedName(declared);
    Container optionalPrimitive = OPTIONAL_PRIMITIVES.get(name);
    if (optionalPrimitive != null) {
      OptionType value =
          switch (optionalPrimitive) {
            case OPTIONAL_INT -> OptionType.INT;
            case OPTIONAL_LONG -> OptionType.LONG;
            default -> OptionType.DOUBLE;
          };
      return Optional.of(new MappedType(value, optionalPrimitive, type, null, List.of()));
    }
    Container container = CONTAINERS.get(name);
    List<? extends TypeMirror> args = declared.getTypeArguments();
    if (container == null || args.isEmpty()) {
      return Optional.empty();
    }
    if (container == Container.MAP && !isString(args.get(0))) {
      return Optional.empty();
    }
    return scalar(args.get(args.size() - 1), container);
  }

  /** Whether a type contains an error type (a class not generated yet), anywhere. */
  public static boolean hasErrors(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        if (hasErrors(arg)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<MappedType> scalar(TypeMirror type, Container container) {
    OptionType primitive =
        type.getKind().isPrimitive()
            ? OptionType.forPrimitive(type.getKind().name().toLowerCase(Locale.ROOT)).orElse(null)
            : null;
    if (primitive != null) {
      return container == Container.SCALAR
          ? Optional.of(new MappedType(primitive, container, type, null, List.of()))
          : Optional.empty();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    Optional<OptionType> known = OptionType.forJavaType(qualifiedName(declared));
    if (known.isPresent()) {
      return Optional.of(new MappedType(known.get(), container, type, null, List.of()));
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(
          new MappedType(OptionType.ENUM, container, type, element, constants(element)));
    }
    return Optional.empty();
  }

  private static List<String> constants(TypeElement enumElement) {
    List<String> names = new ArrayList<>();
    for (Element member : enumElement.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        names.add(member.getSimpleName().toString());
      }
    }
    return names;
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && qualifiedName((DeclaredType) type).equals("java.lang.String");
  }

  private static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
