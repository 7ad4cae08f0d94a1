package io.tributary.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The immutable outcome of validating one element: every error and warning found, each with the
 * most precise position known. Validators return reports; only {@link Diagnostics} prints them.
 *
 * @param items the diagnostics, in the order found
 */
public record ValidationReport(List<Item> items) {
  /** Copies the list. */
  public ValidationReport {
    items = List.copyOf(items);
  }

  /**
   * One diagnostic.
   *
   * @param message the catalogue entry
   * @param text the formatted text
   * @param element where it applies
   * @param annotation the annotation at fault on {@code element}, or {@code null}
   * @param value the annotation value at fault, or {@code null}
   */
  public record Item(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  /** True when there is no error (warnings allowed). */
  public boolean isClean() {
    return !hasErrors(items);
  }

  private static boolean hasErrors(List<Item> items) {
    for (Item item : items) {
      if (item.message().kind() == Diagnostic.Kind.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** A new empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Gathers diagnostics. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    /** Adds a diagnostic on an element. */
    public Builder report(Message message, Element element, Object... args) {
      return report(message, Position.of(element), args);
    }

    /** Adds a diagnostic at a position. */
    public Builder report(Message message, Position at, Object... args) {
      items.add(new Item(message, message.format(args), at.element(), at.annotation(), at.value()));
      return this;
    }

    /** Adds every item of another report. */
    public Builder addAll(ValidationReport other) {
      items.addAll(other.items());
      return this;
    }

    /** True when an error has been added so far. */
    public boolean hasErrors() {
      return ValidationReport.hasErrors(items);
    }

    /** The report. */
    public ValidationReport build() {
      return new ValidationReport(items);
    }
  }
}
