package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataFilesTest {
  @TempDir Path tmp;

  static void writeJar(Path jar, String... entriesAndContents) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entriesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entriesAndContents[i]));
        zip.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  @Test
  void readsJsonFilesOfTheDirectoryInNameOrder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(MetadataFiles.DIRECTORY));
    Files.writeString(dir.resolve("b.json"), "{}");
    Files.writeString(dir.resolve("a.json"), "{\"a\":1}");
    Files.writeString(dir.resolve("notes.txt"), "x");
    Files.createDirectories(dir.resolve("nested.json"));

    List<MetadataSource> sources =
        MetadataFiles.fromDirectory(tmp, p -> tmp.relativize(p).toString());

    assertThat(sources).extracting(MetadataSource::fileName).containsExactly("a.json", "b.json");
    assertThat(sources.get(0).location()).isEqualTo("META-INF/tributary/connectors/a.json");
    assertThat(new String(sources.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(sources.get(0).expectedName()).isEqualTo("a");
  }

  @Test
  void missingDirectoryHasNoMetadata() throws IOException {
    assertThat(MetadataFiles.fromDirectory(tmp.resolve("absent"), Path::toString)).isEmpty();
  }

  @Test
  void readsOnlyTopLevelMetadataEntriesOfAJar() throws IOException {
    Path jar = tmp.resolve("c.jar");
    writeJar(
        jar,
        "META-INF/tributary/connectors/z.json",
        "{\"z\":1}",
        "META-INF/tributary/connectors/deeper/x.json",
        "{}",
        "META-INF/tributary/connectors/a.json",
        "{}",
        "other/a.json",
        "{}");

    List<MetadataSource> sources = MetadataFiles.fromJar(jar);

    assertThat(sources)
        .extracting(MetadataSource::location)
        .containsExactly(
            "c.jar!/META-INF/tributary/connectors/a.json",
            "c.jar!/META-INF/tributary/connectors/z.json");
    assertThat(sources).extracting(MetadataSource::fileName).containsExactly("a.json", "z.json");
  }
}
