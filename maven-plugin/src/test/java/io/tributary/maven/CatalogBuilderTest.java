package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogBuilderTest {
  private final CatalogBuilder builder = new CatalogBuilder(Fixtures.SCHEMAS);

  private static MetadataDocument named(String name, String direction) {
    return Fixtures.document(Fixtures.edited(d -> d.put("name", name).put("direction", direction)));
  }

  @Test
  void sortsByNameAndValidates() {
    CatalogBuilder.Catalog catalog =
        builder.build(
            List.of(named("zeta", "sink"), named("alpha", "source"), named("mid", "Source")));

    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.connectors())
        .extracting(MetadataDocument::name)
        .containsExactly("alpha", "mid", "zeta");
    assertThat(catalog.json().path("$schema").asText()).isEqualTo(Schemas.CATALOG_ID);
    assertThat(catalog.json().path("connectors").get(1).path("direction").asText())
        .as("old capitalised directions are written in lower case")
        .isEqualTo("source");
    assertThat(Fixtures.SCHEMAS.validateCatalog(catalog.json())).isEmpty();
  }

  @Test
  void sameInputsInAnyOrderGiveTheSameBytes(@TempDir Path tmp) throws Exception {
    List<MetadataDocument> docs = List.of(named("b", "sink"), named("a", "source"));
    CatalogPageWriter.write(builder.build(docs), tmp.resolve("one"), "T");
    CatalogPageWriter.write(
        builder.build(List.of(docs.get(1), docs.get(0))), tmp.resolve("two"), "T");
    for (String file : List.of("catalog.json", "catalog.md", "catalog.html")) {
      assertThat(Files.readAllBytes(tmp.resolve("one").resolve(file)))
          .isEqualTo(Files.readAllBytes(tmp.resolve("two").resolve(file)));
    }
    String json = Files.readString(tmp.resolve("one/catalog.json"));
    assertThat(json)
        .startsWith("{\n  \"$schema\": \"" + Schemas.CATALOG_ID + "\",\n")
        .endsWith("}\n");
  }

  @Test
  void duplicateNamesAreReported() {
    CatalogBuilder.Catalog catalog =
        builder.build(
            List.of(
                named("a", "sink"),
                new MetadataDocument("other.jar!/a.json", named("a", "source").json())));
    assertThat(catalog.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.CATALOG_DUPLICATE);
              assertThat(p.message()).contains("'a'");
            });
  }

  @Test
  void invalidMetadataIsReportedInItsOwnDocument() {
    ObjectNode bad = Fixtures.edited(d -> d.put("name", "b").put("version", "v1"));
    CatalogBuilder.Catalog catalog =
        builder.build(List.of(named("a", "sink"), new MetadataDocument("b.jar!/b.json", bad)));
    assertThat(catalog.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.CATALOG_SCHEMA);
              assertThat(p.file()).isEqualTo("b.jar!/b.json");
              assertThat(p.pointer()).isEqualTo("/version");
              assertThat(p.message()).startsWith("connector 'b': ");
            });
  }

  @Test
  void emptyCatalogIsValid() {
    assertThat(builder.build(List.of()).problems()).isEmpty();
  }
}
