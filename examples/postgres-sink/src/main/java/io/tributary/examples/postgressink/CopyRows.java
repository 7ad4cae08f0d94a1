package io.tributary.examples.postgressink;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rows in the text format of PostgreSQL's COPY: columns separated by tabs, rows ended by a newline,
 * NULL as {@code \N}, and a backslash, tab, newline or carriage return inside a value escaped with
 * a backslash. PostgreSQL converts each value with its column type's input function, as it does for
 * an untyped INSERT parameter.
 */
final class CopyRows {
  private final StringBuilder text = new StringBuilder(4096);

  /** Adds a row: the values of {@link RowMapping#values}, in its column order. */
  void add(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append('\t');
      }
      append(values.get(i));
    }
    text.append('\n');
  }

  private void append(String value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }

  /** The rows added so far, in UTF-8 (the client encoding the driver sets). */
  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
