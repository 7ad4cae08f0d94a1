package io.tributary.processor.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which classes a generated source file imports and how it writes each name, decided as JavaPoet's
 * {@code JavaFile} decides (with {@code skipJavaLangImports}): every class named in the file is
 * first {@linkplain #refer referred to} in the order the file names it; a top-level class of
 * another package is imported under its simple name unless an earlier one took that name, the
 * generated class has it, or a class of the file's own package named in the file has it; a class
 * that cannot be imported is written with its canonical name. {@code java.lang} classes are named
 * simply but not listed in {@link #imports()}.
 */
final class ImportPlan {
  private final String packageName;
  private final String className;
  private final Map<String, ClassRef> importable = new LinkedHashMap<>();
  private final Set<String> samePackage = new HashSet<>();
  private Map<String, ClassRef> imported;

  /** A plan for the class {@code className} generated in {@code packageName}. */
  ImportPlan(String packageName, String className) {
    this.packageName = packageName;
    this.className = className;
  }

  /** Notes a class the file names, in the order the file names them; before {@link #name}. */
  void refer(ClassRef type) {
    if (imported != null) {
      throw new IllegalStateException("names already decided");
    }
    lookUp(type, Map.of());
    for (ClassRef argument : type.typeArguments()) {
      refer(argument);
    }
  }

  /**
   * How the file writes the class: its shortest name that resolves to it, then its type arguments'
   * names in angle brackets.
   */
  String name(ClassRef type) {
    String name = lookUp(type, decided());
    List<ClassRef> arguments = type.typeArguments();
    if (arguments.isEmpty()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name).append('<');
    for (int i = 0; i < arguments.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(name(arguments.get(i)));
    }
    return out.append('>').toString();
  }

  /** The imports, sorted by canonical name, without {@code java.lang}'s classes. */
  List<String> imports() {
    TreeMap<String, ClassRef> sorted = new TreeMap<>();
    for (ClassRef type : decided().values()) {
      sorted.put(type.canonicalName(), type);
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, ClassRef> e : sorted.entrySet()) {
      if (!e.getValue().packageName().equals("java.lang")) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private Map<String, ClassRef> decided() {
    if (imported == null) {
      imported = new LinkedHashMap<>(importable);
      imported.keySet().removeAll(samePackage);
    }
    return imported;
  }

  private String lookUp(ClassRef type, Map<String, ClassRef> imports) {
    List<String> names = type.simpleNames();
    // The shortest suffix whose first name resolves to the class enclosing it at that depth.
    boolean nameResolved = false;
    for (int depth = names.size(); depth > 0; depth--) {
      String resolved = resolve(names.get(depth - 1), imports);
      nameResolved = resolved != null;
      if (nameResolved && resolved.equals(type.canonicalName(depth))) {
        return String.join(".", names.subList(depth - 1, names.size()));
      }
    }
    if (nameResolved) {
      return type.canonicalName();
    }
    String topLevel = names.get(0);
    if (packageName.equals(type.packageName())) {
      samePackage.add(topLevel);
      return String.join(".", names);
    }
    if (imported == null && !type.packageName().isEmpty() && !importable.containsKey(topLevel)) {
      importable.put(topLevel, ClassRef.of(type.packageName(), topLevel));
    }
    return type.canonicalName();
  }

  /** The canonical name a simple name stands for in the file, or {@code null}. */
  private String resolve(String simpleName, Map<String, ClassRef> imports) {
    if (simpleName.equals(className)) {
      return packageName.isEmpty() ? className : packageName + "." + className;
    }
    ClassRef type = imports.get(simpleName);
    return type == null ? null : type.canonicalName();
  }
}
