package io.tributary.examples.postgressink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields a {@link RowMapping} writes straight from a record's JSON, in one pass of a
 * streaming parser: fields no column asks for are skipped without being built into objects. The
 * texts are those of {@link RowMapping#text}: a string as it is, an integer in decimal, a float as
 * its plain decimal, {@code true}/{@code false}, an object or array as compact JSON (floats in it
 * as Java's {@code BigDecimal} writes them), {@code null} or a missing field as NULL. As with
 * Jackson jr's maps, a key twice in one object makes the record bad and what follows the object is
 * not looked at.
 *
 * <p>Immutable once built: safe to share between threads.
 */
final class FieldReader {
  /** Duplicate keys make a record bad, anywhere in it, as for Jackson jr's maps. */
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** A level of the paths: the columns whose path ends here, and the fields below. */
  private static final class Node {
    final List<Integer> columns = new ArrayList<>();
    final Map<String, Node> fields = new HashMap<>();
  }

  private final Node root = new Node();
  private final int size;

  /**
   * A reader of {@code paths}: for column {@code i}, the field names leading to its value.
   *
   * @throws IllegalArgumentException when one path is a prefix of another (a field both written
   *     whole and looked into): {@link #supports} tells beforehand
   */
  FieldReader(List<List<String>> paths) {
    if (!supports(paths)) {
      throw new IllegalArgumentException("a path is the prefix of another: " + paths);
    }
    size = paths.size();
    for (int i = 0; i < paths.size(); i++) {
      Node node = root;
      for (String name : paths.get(i)) {
        node = node.fields.computeIfAbsent(name, n -> new Node());
      }
      node.columns.add(i);
    }
  }

  /** Whether no path is a proper prefix of another (equal paths are fine). */
  static boolean supports(List<List<String>> paths) {
    for (List<String> a : paths) {
      for (List<String> b : paths) {
        if (a.size() < b.size() && b.subList(0, a.size()).equals(a)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The texts of the columns, in the order of the paths, from {@code json}; null when it does not
   * start with a JSON object (or has a key twice in an object).
   */
  String[] read(byte[] json) {
    if (json == null) {
      return null;
    }
    String[] values = new String[size];
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      object(parser, root, values);
      return values;
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads the fields of the object whose start the parser is at. */
  private void object(JsonParser parser, Node node, String[] values) throws IOException {
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw new IOException("not a JSON object"); // cut short
      }
      Node field = node.fields.get(parser.currentName());
      JsonToken value = parser.nextToken();
      if (field == null) {
        parser.skipChildren();
        continue;
      }
      if (!field.columns.isEmpty()) {
        String text = text(parser, value);
        for (int column : field.columns) {
          values[column] = text;
        }
      } else if (value == JsonToken.START_OBJECT) {
        object(parser, field, values);
      } else {
        parser.skipChildren();
      }
    }
  }

  private static String text(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT ->
          parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? parser.getBigIntegerValue().toString()
              : Long.toString(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue().toPlainString();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case START_OBJECT, START_ARRAY -> json(parser);
      default -> null; // VALUE_NULL
    };
  }

  /** The object or array the parser is at, as compact JSON. */
  private static String json(JsonParser parser) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      int depth = 0;
      JsonToken t = parser.currentToken();
      do {
        switch (t) {
          case START_OBJECT -> {
            generator.writeStartObject();
            depth++;
          }
          case START_ARRAY -> {
            generator.writeStartArray();
            depth++;
          }
          case END_OBJECT -> {
            generator.writeEndObject();
            depth--;
          }
          case END_ARRAY -> {
            generator.writeEndArray();
            depth--;
          }
          case FIELD_NAME -> generator.writeFieldName(parser.currentName());
          case VALUE_STRING -> generator.writeString(parser.getText());
          case VALUE_NUMBER_INT -> generator.writeNumber(parser.getBigIntegerValue());
          case VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getDecimalValue());
          case VALUE_TRUE -> generator.writeBoolean(true);
          case VALUE_FALSE -> generator.writeBoolean(false);
          default -> generator.writeNull();
        }
      } while (depth > 0 && (t = parser.nextToken()) != null);
    }
    return out.toString();
  }
}
