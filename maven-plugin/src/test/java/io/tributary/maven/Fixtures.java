package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Test metadata documents: a valid one, and copies of it with one edit. */
final class Fixtures {
  static final Schemas SCHEMAS = new Schemas();

  private Fixtures() {}

  /** The bytes of the valid http-source document. */
  static byte[] validBytes() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/metadata/http-source.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid http-source document, parsed. */
  static ObjectNode valid() {
    try {
      return (ObjectNode) Json.parse(validBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid document with {@code edit} applied. */
  static ObjectNode edited(Consumer<ObjectNode> edit) {
    ObjectNode doc = valid();
    edit.accept(doc);
    return doc;
  }

  /** The option {@code name} of {@code doc}, for editing. */
  static ObjectNode option(ObjectNode doc, String name) {
    return (ObjectNode) doc.path("schema").path("properties").path(name);
  }

  /** The options object of {@code doc}, for editing. */
  static ObjectNode properties(ObjectNode doc) {
    return (ObjectNode) doc.path("schema").path("properties");
  }

  static JsonNode json(String text) {
    try {
      return Json.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MetadataSource source(String fileName, ObjectNode doc) {
    return new MetadataSource(
        "classes/" + fileName, fileName, Json.compact(doc).getBytes(StandardCharsets.UTF_8));
  }

  static MetadataDocument document(ObjectNode doc) {
    return new MetadataDocument("classes/" + doc.path("name").asText() + ".json", doc);
  }
}
