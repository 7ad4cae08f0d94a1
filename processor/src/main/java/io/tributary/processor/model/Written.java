package io.tributary.processor.model;

import io.tributary.processor.diag.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A string as written in an annotation (a name, an alias, a default, an example), with where a
 * diagnostic about it points.
 *
 * @param text the string
 * @param at its position: the annotation value when written, else the closest known element
 */
public record Written(String text, Position at) {
  /** Checks arguments. */
  public Written {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
  }

  /** The texts of the given values, in order. */
  public static List<String> texts(List<Written> values) {
    List<String> texts = new ArrayList<>(values.size());
    for (Written value : values) {
      texts.add(value.text());
    }
    return List.copyOf(texts);
  }
}
