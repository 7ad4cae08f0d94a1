package io.tributary.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Whether generated code in another class (or package) can name a type. */
public final class Access {
  private Access() {}

  /** Whether the type or a type enclosing it is private. */
  public static boolean isPrivate(Element type) {
    for (Element e = type;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the type and every type enclosing it are public (and nested types static). */
  public static boolean isPublicEverywhere(TypeElement type) {
    for (Element e = type;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      if (e instanceof TypeElement t
          && t.getNestingKind() == NestingKind.MEMBER
          && !t.getModifiers().contains(Modifier.STATIC)
          && !t.getKind().isInterface()
          && t.getKind() != ElementKind.RECORD
          && t.getKind() != ElementKind.ENUM) {
        return false;
      }
    }
    return true;
  }

  /** Whether the type is a local or anonymous class. */
  public static boolean isLocal(TypeElement type) {
    return type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS;
  }
}
