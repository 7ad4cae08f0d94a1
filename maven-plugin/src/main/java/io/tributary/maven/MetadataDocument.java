package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed metadata document with lenient accessors: missing or mistyped parts read as empty, so
 * checks can run on a document that also breaks the metadata schema.
 *
 * @param location where the document is, as shown to the user
 * @param json the document
 */
public record MetadataDocument(String location, ObjectNode json) {

  /** Checks that no component is null. */
  public MetadataDocument {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(json, "json");
  }

  /** The connector name, or {@code ""}. */
  public String name() {
    return json.path("name").asText("");
  }

  /**
   * The direction in lower case ({@code source}/{@code sink}); old catalogs that say {@code
   * Source}/{@code Sink} read the same.
   */
  public String direction() {
    return json.path("direction").asText("").toLowerCase(Locale.ROOT);
  }

  /** The version, or {@code ""}. */
  public String version() {
    return json.path("version").asText("");
  }

  /** The connector description, or {@code ""}. */
  public String description() {
    return json.path("description").asText("");
  }

  /** The options schema, or a missing node. */
  public JsonNode schema() {
    return json.path("schema");
  }

  /** The option schemas by name, in document order; non-object entries are left out. */
  public Map<String, JsonNode> options() {
    Map<String, JsonNode> options = new LinkedHashMap<>();
    JsonNode properties = schema().path("properties");
    if (properties.isObject()) {
      properties
          .properties()
          .forEach(
              e -> {
                if (e.getValue().isObject()) {
                  options.put(e.getKey(), e.getValue());
                }
              });
    }
    return options;
  }

  /** The names listed in {@code schema.required}, in document order. */
  public List<String> required() {
    List<String> required = new ArrayList<>();
    JsonNode node = schema().path("required");
    if (node.isArray()) {
      node.forEach(n -> required.add(n.asText()));
    }
    return required;
  }
}
