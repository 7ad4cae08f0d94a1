package io.tributary.processor.model;

import io.tributary.processor.model.ConstraintUse.Scope;
import io.tributary.schema.Container;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Finds the Jakarta (or javax) constraint annotations of an option, by name: on the component's
 * type (they are type-use annotations), its type arguments (item constraints, as in {@code
 * List<@Min(1) Integer>}), and the field and accessor javac derives from the component.
 */
public final class ConstraintReader {
  private static final Set<String> PACKAGES =
      Set.of("jakarta.validation.constraints", "javax.validation.constraints");

  private final Elements elements;

  /** Reads attribute defaults through the given utilities. */
  public ConstraintReader(Elements elements) {
    this.elements = elements;
  }

  /** The constraints of an option whose type maps as given, without duplicates. */
  public List<ConstraintUse> read(OptionSite site, MappedType mapped) {
    Map<String, ConstraintUse> found = new LinkedHashMap<>();
    Scope outer = mapped.container().isRepeatable() ? Scope.COLLECTION : Scope.VALUE;
    List<AnnotationMirror> declared = new ArrayList<>();
    for (Element element : site.elements()) {
      declared.addAll(element.getAnnotationMirrors());
    }
    addAll(found, site, declared, outer);
    List<TypeMirror> types = new ArrayList<>();
    types.add(site.component().asType());
    if (site.field() != null) {
      types.add(site.field().asType());
    }
    if (site.accessor() != null) {
      types.add(site.accessor().getReturnType());
    }
    for (TypeMirror type : types) {
      addAll(found, site, type.getAnnotationMirrors(), outer);
      addTypeArguments(found, site, type, mapped.container());
    }
    return List.copyOf(found.values());
  }

  private void addTypeArguments(
      Map<String, ConstraintUse> found, OptionSite site, TypeMirror type, Container container) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    if (container == Container.MAP && args.size() == 2) {
      addAll(found, site, args.get(0).getAnnotationMirrors(), Scope.KEY);
      addAll(found, site, args.get(1).getAnnotationMirrors(), Scope.ITEM);
    } else if (args.size() == 1) {
      Scope scope = container == Container.OPTIONAL ? Scope.VALUE : Scope.ITEM;
      addAll(found, site, args.get(0).getAnnotationMirrors(), scope);
    }
  }

  private void addAll(
      Map<String, ConstraintUse> found,
      OptionSite site,
      List<? extends AnnotationMirror> mirrors,
      Scope scope) {
    for (AnnotationMirror mirror : mirrors) {
      String type = Annotations.typeName(mirror);
      String simple = type.substring(type.lastIndexOf('.') + 1);
      String pkg = parent(type);
      if (simple.equals("List") && PACKAGES.contains(parent(pkg))) {
        addAll(found, site, repeated(mirror), scope);
      } else if (PACKAGES.contains(pkg)) {
        Optional<ConstraintKind> kind = ConstraintKind.forAnnotation(simple);
        String key = scope + " " + mirror;
        if (kind.isPresent() && !found.containsKey(key)) {
          found.put(key, new ConstraintUse(kind.get(), scope, values(mirror), site.at(mirror)));
        }
      }
    }
  }

  private static String parent(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /** The annotations inside a container annotation such as {@code @Pattern.List}. */
  private static List<AnnotationMirror> repeated(AnnotationMirror container) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationValue item : Annotations.items(container, "value")) {
      out.add((AnnotationMirror) item.getValue());
    }
    return out;
  }

  private Map<String, Object> values(AnnotationMirror mirror) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue().getValue());
    }
    return values;
  }
}
