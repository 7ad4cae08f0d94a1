package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema published in docs/ is the one the plugin enforces. */
class PublishedSchemaTest {
  @Test
  void docsCopyEqualsTheShippedSchema() throws IOException {
    Path docs = Path.of("..", "docs", "metadata-schema.json");
    try (InputStream shipped =
        Schemas.class.getResourceAsStream(
            "/io/tributary/maven/schemas/connector-metadata-v1.json")) {
      assertThat(Files.readAllBytes(docs))
          .as(
              "docs/metadata-schema.json must be a copy of the plugin's"
                  + " connector-metadata-v1.json")
          .isEqualTo(shipped.readAllBytes());
    }
  }

  @Test
  void shippedSchemasAreValidDraft07() throws IOException {
    for (String name : new String[] {"connector-metadata-v1.json", "connector-catalog-v1.json"}) {
      try (InputStream in =
          Schemas.class.getResourceAsStream("/io/tributary/maven/schemas/" + name)) {
        assertThat(Fixtures.SCHEMAS.validateDraft7(Json.MAPPER.readTree(in))).as(name).isEmpty();
      }
    }
  }
}
