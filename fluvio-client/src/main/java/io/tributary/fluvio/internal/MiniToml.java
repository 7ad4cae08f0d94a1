package io.tributary.fluvio.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small TOML reader for Fluvio's profile file: tables, dotted and quoted keys, basic, literal and
 * multi-line strings (inline PEM), booleans, numbers, arrays and inline tables. Arrays of tables
 * are rejected. Errors are {@link IllegalArgumentException}s naming the line.
 */
public final class MiniToml {
  private final String s;
  private int i;

  private MiniToml(String text) {
    this.s = text.replace("\r\n", "\n");
  }

  /** Parses a document into nested maps (tables are {@code Map<String, Object>}). */
  public static Map<String, Object> parse(String text) {
    return new MiniToml(text).document();
  }

  private Map<String, Object> document() {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> current = root;
    while (true) {
      skipBlankAndComments();
      if (i >= s.length()) {
        return root;
      }
      if (peek() == '[') {
        if (s.startsWith("[[", i)) {
          throw error("arrays of tables are not supported");
        }
        i++;
        List<String> path = keyPath(']');
        expect(']');
        current = root;
        for (String k : path) {
          current = table(current, k);
        }
      } else {
        List<String> path = keyPath('=');
        expect('=');
        Map<String, Object> t = current;
        for (String k : path.subList(0, path.size() - 1)) {
          t = table(t, k);
        }
        String key = path.get(path.size() - 1);
        if (t.containsKey(key)) {
          throw error("duplicate key '" + key + "'");
        }
        t.put(key, value());
      }
      endOfLine();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> table(Map<String, Object> parent, String key) {
    Object o = parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    if (!(o instanceof Map)) {
      throw error("'" + key + "' is both a value and a table");
    }
    return (Map<String, Object>) o;
  }

  private List<String> keyPath(char terminator) {
    List<String> path = new ArrayList<>();
    while (true) {
      skipSpaces();
      char c = peek();
      String part;
      if (c == '"') {
        part = basicString();
      } else if (c == '\'') {
        part = literalString();
      } else {
        int start = i;
        while (i < s.length()
            && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
          i++;
        }
        part = s.substring(start, i);
        if (part.isEmpty()) {
          throw error("expected a key");
        }
      }
      path.add(part);
      skipSpaces();
      if (peek() == '.') {
        i++;
        continue;
      }
      if (peek() != terminator) {
        throw error("expected '" + terminator + "'");
      }
      return path;
    }
  }

  private Object value() {
    skipSpaces();
    char c = peek();
    if (s.startsWith("\"\"\"", i)) {
      return multiline("\"\"\"", true);
    }
    if (s.startsWith("'''", i)) {
      return multiline("'''", false);
    }
    if (c == '"') {
      return basicString();
    }
    if (c == '\'') {
      return literalString();
    }
    if (c == '[') {
      i++;
      List<Object> list = new ArrayList<>();
      while (true) {
        skipBlankAndComments();
        if (peek() == ']') {
          i++;
          return list;
        }
        list.add(value());
        skipBlankAndComments();
        if (peek() == ',') {
          i++;
        } else if (peek() != ']') {
          throw error("expected ',' or ']' in array");
        }
      }
    }
    if (c == '{') {
      i++;
      Map<String, Object> t = new LinkedHashMap<>();
      skipSpaces();
      if (peek() == '}') {
        i++;
        return t;
      }
      while (true) {
        List<String> path = keyPath('=');
        expect('=');
        Map<String, Object> target = t;
        for (String k : path.subList(0, path.size() - 1)) {
          target = table(target, k);
        }
        target.put(path.get(path.size() - 1), value());
        skipSpaces();
        if (peek() == ',') {
          i++;
        } else if (peek() == '}') {
          i++;
          return t;
        } else {
          throw error("expected ',' or '}' in inline table");
        }
      }
    }
    int start = i;
    while (i < s.length() && "\n#,]} \t".indexOf(peek()) < 0) {
      i++;
    }
    String word = s.substring(start, i);
    if (word.equals("true") || word.equals("false")) {
      return Boolean.valueOf(word);
    }
    try {
      return Long.valueOf(word.replace("_", ""));
    } catch (NumberFormatException e) {
      try {
        return Double.valueOf(word.replace("_", ""));
      } catch (NumberFormatException e2) {
        throw error("unsupported value '" + word + "' (strings must be quoted)");
      }
    }
  }

  private String basicString() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length() || peek() == '\n') {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        escape(b);
      } else {
        b.append(c);
      }
    }
  }

  private void escape(StringBuilder b) {
    char e = s.charAt(i++);
    switch (e) {
      case 'n' -> b.append('\n');
      case 't' -> b.append('\t');
      case 'r' -> b.append('\r');
      case 'b' -> b.append('\b');
      case 'f' -> b.append('\f');
      case '"' -> b.append('"');
      case '\\' -> b.append('\\');
      case 'u', 'U' -> {
        int len = e == 'u' ? 4 : 8;
        b.appendCodePoint(Integer.parseInt(s.substring(i, i + len), 16));
        i += len;
      }
      default -> throw error("invalid escape \\" + e);
    }
  }

  private String literalString() {
    expect('\'');
    int end = s.indexOf('\'', i);
    int nl = s.indexOf('\n', i);
    if (end < 0 || (nl >= 0 && nl < end)) {
      throw error("unterminated string");
    }
    String out = s.substring(i, end);
    i = end + 1;
    return out;
  }

  private String multiline(String quote, boolean escapes) {
    i += 3;
    if (peek() == '\n') {
      i++;
    }
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated multi-line string");
      }
      if (s.startsWith(quote, i)) {
        i += 3;
        return b.toString();
      }
      char c = s.charAt(i++);
      if (escapes && c == '\\') {
        if (peek() == '\n' || peek() == ' ') {
          while (i < s.length() && Character.isWhitespace(peek())) {
            i++;
          }
        } else {
          escape(b);
        }
      } else {
        b.append(c);
      }
    }
  }

  private void endOfLine() {
    skipSpaces();
    if (i < s.length() && peek() == '#') {
      while (i < s.length() && peek() != '\n') {
        i++;
      }
    }
    if (i < s.length() && peek() != '\n') {
      throw error("unexpected text after value");
    }
  }

  private void skipSpaces() {
    while (i < s.length() && (peek() == ' ' || peek() == '\t')) {
      i++;
    }
  }

  private void skipBlankAndComments() {
    while (i < s.length()) {
      char c = peek();
      if (c == '#') {
        while (i < s.length() && peek() != '\n') {
          i++;
        }
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        return;
      }
    }
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void expect(char c) {
    skipSpaces();
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private IllegalArgumentException error(String message) {
    int line = 1;
    for (int k = 0; k < Math.min(i, s.length()); k++) {
      if (s.charAt(k) == '\n') {
        line++;
      }
    }
    return new IllegalArgumentException("line " + line + ": " + message);
  }
}
