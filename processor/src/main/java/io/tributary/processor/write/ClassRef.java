package io.tributary.processor.write;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * A class the generated source names: its package and its simple names, outermost first ({@code
 * Outer.Inner} is {@code ["Outer", "Inner"]}). A plain class rather than a record: the processor is
 * loaded afresh in every compilation, where a record's {@code equals} would bootstrap again; names
 * are compared as strings.
 */
public final class ClassRef {
  private final String packageName;
  private final List<String> simpleNames;

  private ClassRef(String packageName, List<String> simpleNames) {
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a class needs a simple name");
    }
    this.packageName = packageName;
    this.simpleNames = List.copyOf(simpleNames);
  }

  /** The class {@code simpleNames[0].simpleNames[1]…} in the package ({@code ""}: unnamed). */
  public static ClassRef of(String packageName, String... simpleNames) {
    return new ClassRef(packageName, List.of(simpleNames));
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
    return new ClassRef(((PackageElement) e).getQualifiedName().toString(), names);
  }

  /** The package, {@code ""} for the unnamed package. */
  public String packageName() {
    return packageName;
  }

  /** The simple names, outermost first. */
  public List<String> simpleNames() {
    return simpleNames;
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
