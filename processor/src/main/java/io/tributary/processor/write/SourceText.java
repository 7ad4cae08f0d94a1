package io.tributary.processor.write;

/**
 * The text of a generated source file, with the line wrapping and string literals of JavaPoet's
 * {@code CodeWriter}: a {@linkplain #wrappingSpace wrapping space} is a space, or a line break and
 * an indent when the text that follows it up to the next wrapping space or line break would pass
 * column 100.
 */
final class SourceText {
  /** The column a line may reach before a wrapping space breaks it. */
  static final int COLUMN_LIMIT = 100;

  /** One level of indentation. */
  static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder(4096);

  /** Text after a pending wrapping space, not written yet. */
  private final StringBuilder pending = new StringBuilder();

  /** Characters since the last line break, pending text and space included. */
  private int column;

  /** Indent levels after a break at the pending wrapping space; -1 when none is pending. */
  private int wrapIndent = -1;

  /** Appends text. */
  SourceText append(String s) {
    if (wrapIndent >= 0) {
      int newline = s.indexOf('\n');
      if (newline == -1 && column + s.length() <= COLUMN_LIMIT) {
        pending.append(s);
        column += s.length();
        return this;
      }
      flush(newline == -1 || column + newline > COLUMN_LIMIT);
    }
    out.append(s);
    int lastNewline = s.lastIndexOf('\n');
    column = lastNewline != -1 ? s.length() - lastNewline - 1 : column + s.length();
    return this;
  }

  /** Appends a character that is not a line break. */
  SourceText append(char c) {
    return append(String.valueOf(c));
  }

  /**
   * A space, or a line break followed by {@code indentLevels} indents if the text up to the next
   * wrapping space or line break does not fit.
   */
  SourceText wrappingSpace(int indentLevels) {
    if (wrapIndent >= 0) {
      flush(false);
    }
    column++;
    wrapIndent = indentLevels;
    return this;
  }

  /**
   * Appends {@code value} as a Java string literal, escaped as JavaPoet's {@code $S} escapes it:
   * quotes, backslashes and the named escapes ({@code \n}, {@code \t}, …) with a backslash, other
   * control characters as {@code \}{@code uXXXX}, everything else as is. Unlike JavaPoet, a line
   * feed does not split the literal into a concatenation over several lines (the processor never
   * writes one: option and component names are checked before).
   */
  SourceText appendString(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c == '\b') {
        literal.append("\\b");
      } else if (c == '\t') {
        literal.append("\\t");
      } else if (c == '\n') {
        literal.append("\\n");
      } else if (c == '\f') {
        literal.append("\\f");
      } else if (c == '\r') {
        literal.append("\\r");
      } else if (Character.isISOControl(c)) {
        literal.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
          literal.append('0');
        }
        literal.append(hex);
      } else {
        literal.append(c);
      }
    }
    return append(literal.append('"').toString());
  }

  /** Appends {@code levels} indents. */
  SourceText indent(int levels) {
    for (int i = 0; i < levels; i++) {
      append(INDENT);
    }
    return this;
  }

  /** Writes the pending space, or the break and indent, and the text after it. */
  private void flush(boolean wrap) {
    if (wrap) {
      out.append('\n');
      for (int i = 0; i < wrapIndent; i++) {
        out.append(INDENT);
      }
      column = wrapIndent * INDENT.length() + pending.length();
    } else {
      out.append(' ');
    }
    out.append(pending);
    pending.setLength(0);
    wrapIndent = -1;
  }

  /** The text so far, a pending wrapping space written as a space. */
  @Override
  public String toString() {
    if (wrapIndent >= 0) {
      flush(false);
    }
    return out.toString();
  }
}
