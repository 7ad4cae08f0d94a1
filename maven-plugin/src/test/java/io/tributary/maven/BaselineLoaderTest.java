package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineLoaderTest {
  @TempDir Path tmp;
  private final String doc = Json.compact(Fixtures.valid());

  @Test
  void readsAMetadataFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("old.json"), doc);
    BaselineLoader.Loaded loaded = BaselineLoader.load(file, "old.json");
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.documents())
        .extracting(MetadataDocument::name)
        .containsExactly("http-source");
  }

  @Test
  void readsACatalogWithOldCapitalisedDirections() throws IOException {
    String other = doc.replace("\"http-source\"", "\"mqtt\"").replace("\"source\"", "\"Source\"");
    Path file =
        Files.writeString(
            tmp.resolve("catalog.json"), "{\"connectors\":[" + doc + "," + other + "]}");
    BaselineLoader.Loaded loaded = BaselineLoader.load(file, "catalog.json");
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.documents())
        .extracting(MetadataDocument::name, MetadataDocument::direction)
        .containsExactly(tuple("http-source", "source"), tuple("mqtt", "source"));
    assertThat(loaded.documents().get(1).location()).isEqualTo("catalog.json#/connectors/1");
  }

  @Test
  void readsAJarAndAClassesDirectory() throws IOException {
    Path jar = tmp.resolve("old.jar");
    MetadataFilesTest.writeJar(jar, "META-INF/tributary/connectors/http-source.json", doc);
    assertThat(BaselineLoader.load(jar, "old.jar").documents()).hasSize(1);

    Path classes = tmp.resolve("classes");
    Files.createDirectories(classes.resolve(MetadataFiles.DIRECTORY));
    Files.writeString(classes.resolve(MetadataFiles.DIRECTORY + "http-source.json"), doc);
    assertThat(BaselineLoader.load(classes, "classes").documents()).hasSize(1);
  }

  @Test
  void unreadableBaselineIsAProblemNamingIt() throws IOException {
    assertThat(BaselineLoader.load(tmp.resolve("nope.json"), "nope.json").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.BASELINE);
              assertThat(p.file()).isEqualTo("nope.json");
              assertThat(p.message()).contains("no such file");
            });
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{");
    assertThat(BaselineLoader.load(bad, "bad.json").problems())
        .extracting(Problem::rule)
        .containsExactly(Rule.BASELINE);
    assertThat(
            BaselineLoader.load(Files.createDirectories(tmp.resolve("empty")), "empty").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no connector metadata"));
  }
}
