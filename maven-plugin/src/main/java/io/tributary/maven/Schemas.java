package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON Schemas the plugin validates with: the published connector metadata and catalog schemas
 * shipped in this jar, and the draft-07 meta-schema. Thread-safe; build one and share it.
 */
public final class Schemas {
  /** The {@code $id} of the connector metadata schema. */
  public static final String METADATA_ID =
      "https://tributary.io/schemas/connector-metadata-v1.json";

  /** The {@code $id} of the connector catalog schema, also a catalog's {@code $schema}. */
  public static final String CATALOG_ID = "https://tributary.io/schemas/connector-catalog-v1.json";

  /** The draft-07 meta-schema. */
  public static final String DRAFT7_ID = "http://json-schema.org/draft-07/schema#";

  private static final String PREFIX = "https://tributary.io/schemas/";
  private static final String CLASSPATH = "classpath:io/tributary/maven/schemas/";

  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  private final JsonSchema metadata;
  private final JsonSchema catalog;
  private final JsonSchema draft7;

  /** Loads the three schemas from this jar (no network). */
  public Schemas() {
    JsonMetaSchema draft7Meta =
        JsonMetaSchema.builder(JsonMetaSchema.getV7())
            .keyword(new NonValidationKeyword("deprecated"))
            .unknownKeywordFactory((value, context) -> new NonValidationKeyword(value))
            .build();
    factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7,
            b -> b.metaSchema(draft7Meta).schemaMappers(m -> m.mapPrefix(PREFIX, CLASSPATH)));
    config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .formatAssertionsEnabled(true)
            .build();
    metadata = factory.getSchema(SchemaLocation.of(METADATA_ID), config);
    catalog = factory.getSchema(SchemaLocation.of(CATALOG_ID), config);
    draft7 = factory.getSchema(SchemaLocation.of(DRAFT7_ID), config);
    metadata.initializeValidators();
    catalog.initializeValidators();
    draft7.initializeValidators();
  }

  /** Violations of the connector metadata schema. */
  public List<ValidationMessage> validateMetadata(JsonNode document) {
    return sorted(metadata.validate(document));
  }

  /** Violations of the connector catalog schema. */
  public List<ValidationMessage> validateCatalog(JsonNode catalogDocument) {
    return sorted(catalog.validate(catalogDocument));
  }

  /** Violations of the draft-07 meta-schema by {@code schema}. */
  public List<ValidationMessage> validateDraft7(JsonNode schema) {
    return sorted(draft7.validate(schema));
  }

  /**
   * Violations of {@code schema} (a draft-07 schema, typically one option's) by {@code instance}.
   * The schema must already be valid draft-07.
   */
  public List<ValidationMessage> validate(JsonNode schema, JsonNode instance) {
    return sorted(factory.getSchema(schema, config).validate(instance));
  }

  /** The JSON pointer a message is about, with the offending property appended when known. */
  public static String pointer(ValidationMessage message) {
    String base = message.getInstanceLocation().toString();
    String type = message.getType();
    if (("additionalProperties".equals(type) || "required".equals(type))
        && message.getProperty() != null) {
      return base + "/" + Pointers.escape(message.getProperty());
    }
    return base;
  }

  /** The message text without its leading location. */
  public static String text(ValidationMessage message) {
    String text = message.getMessage();
    String prefix = message.getInstanceLocation().toString() + ": ";
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  private static List<ValidationMessage> sorted(Set<ValidationMessage> messages) {
    return messages.stream()
        .sorted(
            Comparator.comparing((ValidationMessage m) -> pointer(m))
                .thenComparing(ValidationMessage::getMessage))
        .toList();
  }
}
