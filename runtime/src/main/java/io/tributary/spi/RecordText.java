package io.tributary.spi;

/**
 * The text of an options record for logs, as the generated {@code describe} gives it: {@code
 * Name[a=1, b=****]}, the record's own {@code toString} form with each secret's value replaced by
 * {@code ****} in the generated code before it gets here. The generated code hands over the
 * component names and values as two arrays instead of concatenating them itself: a concatenation of
 * two operands per option is much more work for javac when it compiles the generated class
 * (docs/performance.md, "Annotation processor").
 */
public final class RecordText {
  private RecordText() {}

  /**
   * {@code record[components[0]=values[0], …]}, each value as {@link String#valueOf(Object)} prints
   * it.
   *
   * @throws IllegalArgumentException if there are not as many values as components
   */
  public static String of(String record, String[] components, Object[] values) {
    if (components.length != values.length) {
      throw new IllegalArgumentException(
          record + ": " + components.length + " components but " + values.length + " values");
    }
    StringBuilder text = new StringBuilder(record).append('[');
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(components[i]).append('=').append(values[i]);
    }
    return text.append(']').toString();
  }
}
