package io.tributary.schema;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Compact JSON text, written in order as with a streaming generator: no spaces, strings escaped as
 * Jackson escapes them by default (quote, backslash, and control characters: the short forms {@code
 * \b \t \n \f \r}, else {@code \}{@code u00XX}), everything else as is. What {@link MetadataWriter}
 * needs and no more, so that the processor does not load a JSON library in every compilation.
 */
final class JsonOut {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out = new StringBuilder(1024);

  /** Per open container: whether nothing has been written in it yet. */
  private boolean[] empty = new boolean[16];

  private int depth;
  private boolean afterName;

  void writeStartObject() {
    open('{');
  }

  void writeEndObject() {
    close('}');
  }

  void writeStartArray() {
    open('[');
  }

  void writeEndArray() {
    close(']');
  }

  void writeFieldName(String name) {
    separate();
    string(name);
    out.append(':');
    afterName = true;
  }

  void writeString(String value) {
    beforeValue();
    string(value);
  }

  void writeNumber(BigDecimal value) {
    beforeValue();
    out.append(value);
  }

  void writeNumber(int value) {
    beforeValue();
    out.append(value);
  }

  void writeBoolean(boolean value) {
    beforeValue();
    out.append(value);
  }

  void writeNull() {
    beforeValue();
    out.append("null");
  }

  void writeStringField(String name, String value) {
    writeFieldName(name);
    writeString(value);
  }

  void writeNumberField(String name, int value) {
    writeFieldName(name);
    writeNumber(value);
  }

  void writeBooleanField(String name, boolean value) {
    writeFieldName(name);
    writeBoolean(value);
  }

  void writeArrayFieldStart(String name) {
    writeFieldName(name);
    writeStartArray();
  }

  void writeObjectFieldStart(String name) {
    writeFieldName(name);
    writeStartObject();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void open(char bracket) {
    beforeValue();
    out.append(bracket);
    if (++depth == empty.length) {
      empty = Arrays.copyOf(empty, depth * 2);
    }
    empty[depth] = true;
  }

  private void close(char bracket) {
    out.append(bracket);
    depth--;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      separate();
    }
  }

  private void separate() {
    if (depth > 0) {
      if (!empty[depth]) {
        out.append(',');
      }
      empty[depth] = false;
    }
  }

  /** Writes a string literal; runs of characters that need no escape are appended whole. */
  private void string(String text) {
    out.append('"');
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '"' && c != '\\' && c >= 0x20) {
        continue;
      }
      out.append(text, run, i);
      run = i + 1;
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        switch (c) {
          case '\b' -> out.append("\\b");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\f' -> out.append("\\f");
          case '\r' -> out.append("\\r");
          default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
      }
    }
    out.append(text, run, text.length()).append('"');
  }
}
