package io.tributary.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a record's Javadoc that describe a connector: the first paragraph, and the text of
 * each {@code @param} tag. Inline tags become their text ({@code {@code x}} becomes {@code x}),
 * HTML tags are dropped, entities decoded and whitespace collapsed.
 *
 * @param summary the first paragraph, or an empty string
 * @param params the {@code @param} descriptions by component name
 */
public record Javadoc(String summary, Map<String, String> params) {
  private static final Javadoc EMPTY = new Javadoc("", Map.of());
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");
  private static final Pattern PARAGRAPH = Pattern.compile("(?i)\\n\\s*\\n|<p\\s*/?>");
  private static final Pattern PARAM = Pattern.compile("(?s)^@param\\s+(\\S+)\\s*(.*)$");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
  private static final Pattern BLOCK_START = Pattern.compile("(?m)^(?=\\s*@\\w)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Copies the map. */
  public Javadoc {
    params = Map.copyOf(params);
  }

  /** Parses a doc comment as returned by {@code Elements.getDocComment} ({@code null}: none). */
  public static Javadoc parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return EMPTY;
    }
    Matcher tag = BLOCK_TAG.matcher(comment);
    int bodyEnd = tag.find() ? tag.start() : comment.length();
    String body = comment.substring(0, bodyEnd);
    Matcher paragraph = PARAGRAPH.matcher(body);
    String first = paragraph.find() ? body.substring(0, paragraph.start()) : body;
    Map<String, String> params = new LinkedHashMap<>();
    if (bodyEnd < comment.length()) {
      for (String block : BLOCK_START.split(comment.substring(bodyEnd))) {
        Matcher param = PARAM.matcher(block.strip());
        if (param.matches() && !param.group(1).startsWith("<")) {
          params.putIfAbsent(param.group(1), clean(param.group(2)));
        }
      }
    }
    return new Javadoc(clean(first), params);
  }

  /**
   * Turns Javadoc text into plain text on one line: HTML is dropped and entities decoded outside
   * inline tags; an inline tag's text is kept as written ({@code {@code Map<K, V>}} stays).
   */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int tag = text.indexOf("{@", i);
      int plainEnd = tag < 0 ? text.length() : tag;
      out.append(html(text.substring(i, plainEnd)));
      if (tag < 0) {
        break;
      }
      int end = closingBrace(text, tag);
      out.append(inlineText(text.substring(tag + 2, end)));
      i = Math.min(end + 1, text.length());
    }
    return WHITESPACE.matcher(out).replaceAll(" ").strip();
  }

  private static String html(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    return HTML_TAG
        .matcher(text)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#64;", "@")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }

  private static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  /** {@code code x} and {@code literal x} give x; {@code link a.B#m label} gives label or B#m. */
  private static String inlineText(String tag) {
    String[] parts = tag.strip().split("\\s+", 2);
    String rest = parts.length > 1 ? parts[1] : "";
    return switch (parts[0]) {
      case "link", "linkplain" -> linkText(rest);
      default -> rest;
    };
  }

  private static String linkText(String rest) {
    String[] parts = rest.strip().split("\\s+", 2);
    if (parts.length > 1) {
      return parts[1];
    }
    String ref = parts[0];
    int hash = ref.indexOf('#');
    String type = hash < 0 ? ref : ref.substring(0, hash);
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return hash < 0
        ? simple
        : simple.isEmpty() ? ref.substring(hash + 1) : simple + "." + ref.substring(hash + 1);
  }
}
