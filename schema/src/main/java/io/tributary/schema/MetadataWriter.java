package io.tributary.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a connector's metadata document: {@code {name, direction, schema, version, description}}
 * on one line, then a newline. Same model, same bytes.
 */
public final class MetadataWriter {
  /** The draft-07 meta-schema URI. */
  public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  private MetadataWriter() {}

  /** The metadata document, one line ending in a newline. */
  public static String write(ConnectorModel connector) {
    JsonOut g = new JsonOut();
    g.writeStartObject();
    g.writeStringField("name", connector.name());
    g.writeStringField("direction", connector.direction().jsonName());
    g.writeFieldName("schema");
    writeSchema(g, connector);
    g.writeStringField("version", connector.version());
    g.writeStringField("description", connector.description());
    g.writeEndObject();
    return g + "\n";
  }

  private static void writeSchema(JsonOut g, ConnectorModel connector) {
    g.writeStartObject();
    g.writeStringField("$schema", DRAFT_07);
    g.writeStringField("title", connector.title());
    g.writeStringField("description", connector.description());
    g.writeStringField("type", "object");
    g.writeObjectFieldStart("properties");
    for (OptionModel option : connector.options()) {
      g.writeFieldName(option.name());
      writeOption(g, option);
    }
    g.writeEndObject();
    g.writeArrayFieldStart("required");
    for (OptionModel option : connector.options()) {
      if (option.required()) {
        g.writeString(option.name());
      }
    }
    g.writeEndArray();
    g.writeBooleanField("additionalProperties", false);
    g.writeEndObject();
  }

  private static void writeOption(JsonOut g, OptionModel o) {
    g.writeStartObject();
    if (!o.description().isEmpty()) {
      g.writeStringField("description", o.description());
    }
    switch (o.container()) {
      case LIST, SET -> {
        g.writeStringField("type", "array");
        g.writeFieldName("items");
        writeItem(g, o, false);
        if (o.container() == Container.SET) {
          g.writeBooleanField("uniqueItems", true);
        }
        writeSize(g, o.constraints(), "Items");
      }
      case MAP -> {
        g.writeStringField("type", "object");
        g.writeFieldName("additionalProperties");
        writeItem(g, o, false);
        writeSize(g, o.constraints(), "Properties");
      }
      default -> writeValueKeywords(g, o, o.constraints(), o.container().isOptional());
    }
    // A secret's default and examples are values too: they never leave the connector.
    if (o.defaultValue() != null && !o.secret()) {
      g.writeFieldName("default");
      writeTyped(g, o, o.defaultValue());
    } else if (o.isFlag()) {
      g.writeBooleanField("default", false);
    }
    if (!o.examples().isEmpty() && !o.secret()) {
      g.writeArrayFieldStart("examples");
      for (String example : o.examples()) {
        writeTyped(g, o, example);
      }
      g.writeEndArray();
    }
    if (o.secret()) {
      g.writeBooleanField("writeOnly", true);
    }
    if (o.deprecated()) {
      g.writeBooleanField("deprecated", true);
    }
    g.writeEndObject();
  }

  private static void writeItem(JsonOut g, OptionModel o, boolean nullable) {
    g.writeStartObject();
    writeValueKeywords(g, o, o.itemConstraints(), nullable);
    g.writeEndObject();
  }

  private static void writeValueKeywords(
      JsonOut g, OptionModel o, Constraints c, boolean nullable) {
    OptionType t = o.type();
    if (nullable) {
      g.writeArrayFieldStart("type");
      g.writeString(t.jsonType());
      g.writeString("null");
      g.writeEndArray();
    } else {
      g.writeStringField("type", t.jsonType());
    }
    if (t.format() != null) {
      g.writeStringField("format", t.format());
    } else if (c.email()) {
      g.writeStringField("format", "email");
    }
    if (t == OptionType.ENUM) {
      g.writeArrayFieldStart("enum");
      for (String v : o.enumValues()) {
        g.writeString(v);
      }
      if (nullable) {
        g.writeNull();
      }
      g.writeEndArray();
    }
    List<String> patterns = new ArrayList<>();
    for (String p :
        new String[] {t.typePattern(), c.pattern(), c.email() ? Constraints.EMAIL_PATTERN : null}) {
      if (p != null) {
        patterns.add(p);
      }
    }
    if (!patterns.isEmpty()) {
      g.writeStringField("pattern", patterns.get(0));
    }
    if (patterns.size() > 1) {
      g.writeArrayFieldStart("allOf");
      for (String p : patterns.subList(1, patterns.size())) {
        g.writeStartObject();
        g.writeStringField("pattern", p);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    // The type's own range, unless a stricter exclusive bound already says it.
    BigDecimal typeMin = t.typeMinimum();
    if (typeMin != null
        && c.exclusiveMinimum() != null
        && c.exclusiveMinimum().compareTo(typeMin) >= 0) {
      typeMin = null;
    }
    BigDecimal typeMax = t.typeMaximum();
    if (typeMax != null
        && c.exclusiveMaximum() != null
        && c.exclusiveMaximum().compareTo(typeMax) <= 0) {
      typeMax = null;
    }
    writeNumber(g, "minimum", max(typeMin, c.minimum()));
    writeNumber(g, "exclusiveMinimum", c.exclusiveMinimum());
    writeNumber(g, "maximum", min(typeMax, c.maximum()));
    writeNumber(g, "exclusiveMaximum", c.exclusiveMaximum());
    if (c.minLength() != null) {
      g.writeNumberField("minLength", c.minLength());
    }
    if (c.maxLength() != null) {
      g.writeNumberField("maxLength", c.maxLength());
    }
  }

  private static void writeSize(JsonOut g, Constraints c, String noun) {
    if (c.minItems() != null) {
      g.writeNumberField("min" + noun, c.minItems());
    }
    if (c.maxItems() != null) {
      g.writeNumberField("max" + noun, c.maxItems());
    }
  }

  private static void writeNumber(JsonOut g, String name, BigDecimal value) {
    if (value != null) {
      g.writeFieldName(name);
      g.writeNumber(value);
    }
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }

  /** Writes a default or example, given as on the command line, as its typed JSON value. */
  private static void writeTyped(JsonOut g, OptionModel o, String text) {
    List<String> items = ValueChecker.split(o, text);
    switch (o.container()) {
      case LIST, SET -> {
        g.writeStartArray();
        for (String item : items) {
          writeScalar(g, o.type(), item);
        }
        g.writeEndArray();
      }
      case MAP -> {
        g.writeStartObject();
        for (String entry : items) {
          int eq = entry.indexOf('=');
          g.writeFieldName(entry.substring(0, eq));
          writeScalar(g, o.type(), entry.substring(eq + 1));
        }
        g.writeEndObject();
      }
      default -> writeScalar(g, o.type(), text);
    }
  }

  private static void writeScalar(JsonOut g, OptionType type, String text) {
    if (type == OptionType.BOOLEAN) {
      g.writeBoolean(Boolean.parseBoolean(text));
    } else if (type.isNumeric()) {
      g.writeNumber(new BigDecimal(text));
    } else {
      g.writeString(text);
    }
  }
}
