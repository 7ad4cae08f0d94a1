package io.tributary.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Prints reports and internal failures; the only class that talks to the {@link Messager}. */
public final class Diagnostics {
  private final Messager messager;

  /** Prints through the given messager. */
  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Prints every item of the report at its position. */
  public void print(ValidationReport report) {
    for (ValidationReport.Item item : report.items()) {
      Diagnostic.Kind kind = item.message().kind();
      if (item.value() != null) {
        messager.printMessage(kind, item.text(), item.element(), item.annotation(), item.value());
      } else if (item.annotation() != null) {
        messager.printMessage(kind, item.text(), item.element(), item.annotation());
      } else {
        messager.printMessage(kind, item.text(), item.element());
      }
    }
  }

  /** Reports an unexpected exception as {@code [TRIB-INTERNAL]} on the element (if any). */
  public void internal(Element element, String what, Throwable failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    String text = Message.INTERNAL.format(what, failure + where);
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }
}
