package io.tributary.processor.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A class the generated source names: its package and its simple names, outermost first ({@code
 * Outer.Inner} is {@code ["Outer", "Inner"]}), with type arguments where the source writes them
 * ({@code List<String>}). A plain class rather than a record: the processor is loaded afresh in
 * every compilation, where a record's {@code equals} would bootstrap again; names are compared as
 * strings.
 */
public final class ClassRef {
  private final String packageName;
  private final List<String> simpleNames;
  private final List<ClassRef> typeArguments;

  private ClassRef(String packageName, List<String> simpleNames, List<ClassRef> typeArguments) {
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a class needs a simple name");
    }
    this.packageName = packageName;
    this.simpleNames = List.copyOf(simpleNames);
    this.typeArguments = List.copyOf(typeArguments);
  }

  /** The class {@code simpleNames[0].simpleNames[1]…} in the package ({@code ""}: unnamed). */
  public static ClassRef of(String packageName, String... simpleNames) {
    return new ClassRef(packageName, List.of(simpleNames), List.of());
  }

  /** This class with the given type arguments, e.g. {@code List} with {@code String}. */
  public ClassRef withTypeArguments(ClassRef... arguments) {
    return new ClassRef(packageName, simpleNames, List.of(arguments));
  }

  /**
   * A type as a class with type arguments, primitives as their boxes; {@code null} for a type that
   * is neither (an array, a wildcard, a type variable).
   */
  public static ClassRef of(TypeMirror type) {
    TypeKind kind = type.getKind();
    if (kind.isPrimitive()) {
      return ClassRef.of("java.lang", boxName(kind));
    }
    if (kind != TypeKind.DECLARED) {
      return null;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    ClassRef[] refs = new ClassRef[arguments.size()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = of(arguments.get(i));
      if (refs[i] == null) {
        return null;
      }
    }
    ClassRef raw = of((TypeElement) ((DeclaredType) type).asElement());
    return refs.length == 0 ? raw : raw.withTypeArguments(refs);
  }

  /** The simple name of a primitive kind's box; comparisons, not a switch (no switch-map class). */
  private static String boxName(TypeKind kind) {
    if (kind == TypeKind.INT) {
      return "Integer";
    }
    if (kind == TypeKind.CHAR) {
      return "Character";
    }
    String name = kind.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /** The class of a top-level or member type (not a local or anonymous one). */
  public static ClassRef of(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement) {
      names.add(0, e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    if (e == null || e.getKind() != ElementKind.PACKAGE) {
      throw new IllegalArgumentException("not a top-level or member type: " + type);
    }
    return new ClassRef(((PackageElement) e).getQualifiedName().toString(), names, List.of());
  }

  /** The package, {@code ""} for the unnamed package. */
  public String packageName() {
    return packageName;
  }

  /** The simple names, outermost first. */
  public List<String> simpleNames() {
    return simpleNames;
  }

  /** The type arguments, empty for a class written without them. */
  public List<ClassRef> typeArguments() {
    return typeArguments;
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The canonical name, e.g. {@code com.example.Outer.Inner}. */
  public String canonicalName() {
    return canonicalName(simpleNames.size());
  }

  /** The canonical name of the class enclosing this one at {@code depth} names (1: top level). */
  String canonicalName(int depth) {
    StringBuilder name = new StringBuilder(packageName);
    for (int i = 0; i < depth; i++) {
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(simpleNames.get(i));
    }
    return name.toString();
  }
}
