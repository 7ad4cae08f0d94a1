package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds where a new option schema accepts fewer values than the old one: type, enum, numeric range,
 * lengths and sizes, pattern, format, unique items, and recursively {@code items} and {@code
 * additionalProperties}. Conservative: a changed pattern counts as narrower, since regular
 * expression inclusion cannot be decided.
 */
public final class SchemaNarrowing {

  /**
   * One way the new schema is narrower.
   *
   * @param pointer the pointer, relative to the option, of the keyword that narrowed
   * @param message what narrowed, old and new value quoted
   */
  public record Narrowing(String pointer, String message) {}

  private SchemaNarrowing() {}

  /** Every narrowing of {@code neu} relative to {@code old}; empty when none. */
  public static List<Narrowing> between(JsonNode old, JsonNode neu) {
    List<Narrowing> out = new ArrayList<>();
    compare(old, neu, "", out);
    return out;
  }

  private static void compare(JsonNode old, JsonNode neu, String at, List<Narrowing> out) {
    type(old, neu, at, out);
    enumValues(old, neu, at, out);
    lowerBound(old, neu, at, out);
    upperBound(old, neu, at, out);
    atLeast(old, neu, at, "minLength", out);
    atLeast(old, neu, at, "minItems", out);
    atMost(old, neu, at, "maxLength", out);
    atMost(old, neu, at, "maxItems", out);
    changed(old, neu, at, "pattern", out);
    format(old, neu, at, out);
    if (!old.path("uniqueItems").asBoolean(false) && neu.path("uniqueItems").asBoolean(false)) {
      out.add(new Narrowing(at + "/uniqueItems", "now requires unique items"));
    }
    nested(old, neu, at, "items", out);
    nested(old, neu, at, "additionalProperties", out);
  }

  private static void type(JsonNode old, JsonNode neu, String at, List<Narrowing> out) {
    if (!neu.has("type")) {
      return;
    }
    Set<String> newTypes = types(neu.get("type"));
    List<String> lost = new ArrayList<>();
    for (String t : old.has("type") ? types(old.get("type")) : Set.<String>of()) {
      boolean kept = newTypes.contains(t) || (t.equals("integer") && newTypes.contains("number"));
      if (!kept) {
        lost.add(t);
      }
    }
    if (!old.has("type")) {
      out.add(
          new Narrowing(
              at + "/type",
              "now restricted to type " + Json.compact(neu.get("type")) + " (was any type)"));
    } else if (!lost.isEmpty()) {
      out.add(
          new Narrowing(
              at + "/type",
              "type "
                  + Json.compact(neu.get("type"))
                  + " no longer accepts "
                  + String.join(", ", lost)
                  + " (was "
                  + Json.compact(old.get("type"))
                  + ")"));
    }
  }

  private static Set<String> types(JsonNode type) {
    Set<String> types = new LinkedHashSet<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    return types;
  }

  private static void enumValues(JsonNode old, JsonNode neu, String at, List<Narrowing> out) {
    JsonNode values = neu.get("enum");
    if (values == null || !values.isArray()) {
      return;
    }
    JsonNode oldValues = old.get("enum");
    if (oldValues == null || !oldValues.isArray()) {
      out.add(new Narrowing(at + "/enum", "now only accepts " + Json.compact(values)));
      return;
    }
    List<String> dropped = new ArrayList<>();
    for (JsonNode v : oldValues) {
      if (!contains(values, v)) {
        dropped.add(Json.compact(v));
      }
    }
    if (!dropped.isEmpty()) {
      out.add(new Narrowing(at + "/enum", "enum no longer accepts " + String.join(", ", dropped)));
    }
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode v : array) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** A bound: a number and whether it is exclusive. */
  private record Bound(BigDecimal value, boolean exclusive, String keyword) {}

  private static Bound bound(JsonNode schema, String inclusive, String exclusive, int sign) {
    Bound best = null;
    for (String keyword : List.of(inclusive, exclusive)) {
      JsonNode n = schema.get(keyword);
      if (n != null && n.isNumber()) {
        Bound b = new Bound(n.decimalValue(), keyword.equals(exclusive), keyword);
        if (best == null || tighter(b, best, sign)) {
          best = b;
        }
      }
    }
    return best;
  }

  /** Whether {@code a} excludes more than {@code b}; sign 1 for lower bounds, -1 for upper. */
  private static boolean tighter(Bound a, Bound b, int sign) {
    int cmp = a.value().compareTo(b.value()) * sign;
    return cmp > 0 || (cmp == 0 && a.exclusive() && !b.exclusive());
  }

  private static void lowerBound(JsonNode old, JsonNode neu, String at, List<Narrowing> out) {
    bounds(old, neu, at, "minimum", "exclusiveMinimum", 1, out);
  }

  private static void upperBound(JsonNode old, JsonNode neu, String at, List<Narrowing> out) {
    bounds(old, neu, at, "maximum", "exclusiveMaximum", -1, out);
  }

  private static void bounds(
      JsonNode old,
      JsonNode neu,
      String at,
      String inclusive,
      String exclusive,
      int sign,
      List<Narrowing> out) {
    Bound n = bound(neu, inclusive, exclusive, sign);
    if (n == null) {
      return;
    }
    Bound o = bound(old, inclusive, exclusive, sign);
    if (o == null || tighter(n, o, sign)) {
      out.add(
          new Narrowing(
              at + "/" + n.keyword(),
              n.keyword()
                  + " "
                  + n.value().toPlainString()
                  + " is tighter than "
                  + (o == null ? "no bound" : o.keyword() + " " + o.value().toPlainString())));
    }
  }

  private static void atLeast(
      JsonNode old, JsonNode neu, String at, String key, List<Narrowing> out) {
    if (neu.path(key).isNumber() && neu.get(key).asLong() > old.path(key).asLong(0)) {
      out.add(
          new Narrowing(
              at + "/" + key,
              key + " rose from " + old.path(key).asLong(0) + " to " + neu.get(key).asLong()));
    }
  }

  private static void atMost(
      JsonNode old, JsonNode neu, String at, String key, List<Narrowing> out) {
    if (neu.path(key).isNumber()
        && (!old.path(key).isNumber() || neu.get(key).asLong() < old.get(key).asLong())) {
      out.add(
          new Narrowing(
              at + "/" + key,
              key
                  + " fell to "
                  + neu.get(key).asLong()
                  + " (was "
                  + (old.path(key).isNumber() ? old.get(key).asLong() : "unbounded")
                  + ")"));
    }
  }

  private static void changed(
      JsonNode old, JsonNode neu, String at, String key, List<Narrowing> out) {
    if (neu.has(key) && !Objects.equals(old.get(key), neu.get(key))) {
      out.add(
          new Narrowing(
              at + "/" + key,
              key
                  + " changed from "
                  + (old.has(key) ? Json.compact(old.get(key)) : "none")
                  + " to "
                  + Json.compact(neu.get(key))));
    }
  }

  private static void format(JsonNode old, JsonNode neu, String at, List<Narrowing> out) {
    String o = old.path("format").asText(null);
    String n = neu.path("format").asText(null);
    boolean widenedInt = "int32".equals(o) && "int64".equals(n);
    if (n != null && !n.equals(o) && !widenedInt) {
      changed(old, neu, at, "format", out);
    }
  }

  private static void nested(
      JsonNode old, JsonNode neu, String at, String key, List<Narrowing> out) {
    JsonNode n = neu.get(key);
    if (n == null) {
      return;
    }
    JsonNode o = old.get(key);
    if (n.isBoolean() && !n.asBoolean() && (o == null || !o.isBoolean() || o.asBoolean())) {
      out.add(new Narrowing(at + "/" + key, key + " is now false"));
    } else if (n.isObject()) {
      compare(
          o != null && o.isObject() ? o : Json.MAPPER.createObjectNode(), n, at + "/" + key, out);
    }
  }
}
