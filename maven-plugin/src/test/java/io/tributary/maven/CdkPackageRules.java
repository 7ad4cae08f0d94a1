package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules by which Fluvio's {@code fluvio-connector-package} reads a {@code Connector.toml}
 * ({@code crates/fluvio-connector-package/src/metadata.rs}: {@code ConnectorMetadata} and its serde
 * layout, and {@code validate_config}), applied to the parsed document, for tests.
 */
final class CdkPackageRules {
  /** {@code FluvioSemVersion}: a semver version. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  /** The types of an OpenAPI 3.0 schema ({@code openapiv3::Type}). */
  private static final Set<String> TYPES =
      Set.of("string", "number", "integer", "boolean", "object", "array");

  private CdkPackageRules() {}

  /** What {@code ConnectorMetadata::from_toml_str} would refuse; empty when it reads it. */
  static List<String> problems(JsonNode toml) {
    List<String> out = new ArrayList<>();
    JsonNode pkg = toml.path("package");
    for (String key : List.of("name", "group")) {
      if (!pkg.path(key).isTextual()) {
        out.add("package." + key + " must be a string");
      }
    }
    for (String key : List.of("version", "fluvio", "apiVersion")) {
      if (!SEMVER.matcher(pkg.path(key).asText("")).matches()) {
        out.add("package." + key + " must be a semver version");
      }
    }
    for (String key : List.of("description", "license")) {
      if (pkg.has(key) && !pkg.get(key).isTextual()) {
        out.add("package." + key + " must be a string");
      }
    }
    if (pkg.has("visibility")
        && !Set.of("private", "public").contains(pkg.get("visibility").asText())) {
      out.add("package.visibility must be private or public");
    }
    JsonNode direction = toml.path("direction");
    if (!direction.isObject()) {
      out.add("[direction] is missing");
    } else {
      direction
          .fieldNames()
          .forEachRemaining(
              f -> {
                if (!direction.get(f).isBoolean()) {
                  out.add("direction." + f + " must be a boolean");
                }
              });
      if (direction.path("source").asBoolean(false) == direction.path("dest").asBoolean(false)) {
        out.add("direction needs exactly one of source = true or dest = true");
      }
    }
    JsonNode deployment = toml.path("deployment");
    if (deployment.has("image") == deployment.has("binary")) {
      out.add("deployment needs exactly one of image and binary");
    }
    JsonNode custom = toml.path("custom");
    if (custom.isObject()) {
      JsonNode properties = custom.path("properties");
      for (JsonNode required : custom.path("required")) {
        if (!properties.has(required.asText())) {
          out.add("required property '" + required.asText() + "' is missing in the schema");
        }
      }
      properties
          .fields()
          .forEachRemaining(e -> schema("custom.properties." + e.getKey(), e.getValue(), out));
    }
    return out;
  }

  private static void schema(String where, JsonNode schema, List<String> out) {
    String type = schema.path("type").asText("");
    if (!TYPES.contains(type)) {
      out.add(where + ".type must be one of " + TYPES + ", got '" + type + "'");
    }
    if (type.equals("array") && schema.has("items")) {
      schema(where + ".items", schema.get("items"), out);
    }
  }

  /**
   * {@code validate_custom_config}: every required property is present in the config's section
   * named by {@code custom.name} (default {@code custom}). Empty when the config passes.
   */
  static List<String> validateConfig(JsonNode toml, JsonNode config) {
    JsonNode custom = toml.path("custom");
    JsonNode section = config.path(custom.path("name").asText("custom"));
    List<String> out = new ArrayList<>();
    for (JsonNode required : custom.path("required")) {
      if (!section.has(required.asText())) {
        out.add("required property '" + required.asText() + "' is not found in the config");
      }
    }
    return out;
  }
}
