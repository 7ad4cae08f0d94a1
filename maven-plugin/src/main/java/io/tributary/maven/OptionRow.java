package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.schema.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of a connector's option table in the catalog page.
 *
 * @param flag the command-line flag, {@code --name}
 * @param type the type in words, with format, enum values and bounds
 * @param defaultValue the default as written on the command line (JSON for other than strings), or
 *     {@code ""}
 * @param required whether the option is required
 * @param secret whether the option is write-only (masked)
 * @param description the description, prefixed with "Deprecated." for deprecated options
 */
public record OptionRow(
    String flag,
    String type,
    String defaultValue,
    boolean required,
    boolean secret,
    String description) {

  /** The rows of {@code document}'s options, in document order. */
  public static List<OptionRow> of(MetadataDocument document) {
    List<String> required = document.required();
    List<OptionRow> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : document.options().entrySet()) {
      JsonNode s = e.getValue();
      String description = s.path("description").asText("");
      if (s.path("deprecated").asBoolean(false)) {
        description = ("Deprecated. " + description).strip();
      }
      rows.add(
          new OptionRow(
              "--" + e.getKey(),
              typeOf(s),
              s.has("default") ? shownDefault(s) : "",
              required.contains(e.getKey()),
              s.path("writeOnly").asBoolean(false),
              description));
    }
    return rows;
  }

  private static String shownDefault(JsonNode s) {
    JsonNode value = s.get("default");
    return value.isTextual() && !s.path("writeOnly").asBoolean(false)
        ? asTyped(value.asText())
        : LintRules.shown(s, value);
  }

  /**
   * A string default as one would type it in a shell: as it is when every character shows, else
   * (control characters, an empty string, spaces at either end) in Bash's {@code $'...'} quoting,
   * so that a newline default reads {@code $'\n'} instead of a blank cell.
   */
  static String asTyped(String value) {
    boolean plain = !value.isEmpty() && value.strip().equals(value);
    for (int i = 0; i < value.length() && plain; i++) {
      plain = !Character.isISOControl(value.charAt(i));
    }
    if (plain) {
      return value;
    }
    StringBuilder out = new StringBuilder("$'");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        default ->
            out.append(
                Character.isISOControl(c) ? String.format("\\x%02x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('\'').toString();
  }

  /** The type of an option schema in words: {@code string (uri)}, {@code array of string}, … */
  static String typeOf(JsonNode s) {
    List<String> types = new ArrayList<>();
    boolean nullable = false;
    JsonNode type = s.path("type");
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (t.asText().equals("null")) {
        nullable = true;
      } else if (!t.asText().isEmpty()) {
        types.add(t.asText());
      }
    }
    OptionType named = namedBy(s);
    if (named != null) {
      types.set(types.indexOf("string"), named.label());
    }
    StringBuilder out = new StringBuilder(types.isEmpty() ? "any" : String.join(" or ", types));
    if (types.contains("array") && s.path("items").isObject()) {
      out.append(" of ").append(typeOf(s.get("items")));
    }
    if (types.contains("object") && s.path("additionalProperties").isObject()) {
      out.append(" of name=").append(typeOf(s.get("additionalProperties")));
    }
    if (s.has("format") && named == null) {
      out.append(" (").append(s.get("format").asText()).append(')');
    }
    if (s.path("enum").isArray()) {
      List<String> values = new ArrayList<>();
      s.get("enum").forEach(v -> values.add(v.isTextual() ? v.asText() : Json.compact(v)));
      out.append(": one of ").append(String.join(", ", values));
    }
    appendBounds(s, out, named != null);
    if (nullable) {
      out.append(", optional");
    }
    return out.toString();
  }

  /**
   * The option type whose own pattern a string schema has (a duration, a host:port), so the row
   * names the type rather than showing the pattern; {@code null} for any other schema.
   */
  private static OptionType namedBy(JsonNode s) {
    if (!s.path("pattern").isTextual() || !hasType(s, "string")) {
      return null;
    }
    for (OptionType t : OptionType.values()) {
      if (s.get("pattern").asText().equals(t.typePattern())) {
        return t;
      }
    }
    return null;
  }

  private static boolean hasType(JsonNode s, String name) {
    JsonNode type = s.path("type");
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (t.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static void appendBounds(JsonNode s, StringBuilder out, boolean patternNamed) {
    String[][] bounds = {
      {"minimum", "≥"},
      {"exclusiveMinimum", ">"},
      {"maximum", "≤"},
      {"exclusiveMaximum", "<"},
      {"minLength", "length ≥"},
      {"maxLength", "length ≤"},
      {"minItems", "items ≥"},
      {"maxItems", "items ≤"},
      {"pattern", "matching"}
    };
    for (String[] b : bounds) {
      if (s.has(b[0]) && !(patternNamed && b[0].equals("pattern"))) {
        out.append(", ").append(b[1]).append(' ').append(s.get(b[0]).asText());
      }
    }
    if (s.path("uniqueItems").asBoolean(false)) {
      out.append(", unique");
    }
  }
}
